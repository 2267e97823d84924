// robots.txt: readers' pages are open; the newsroom and internal routes are not for crawlers.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/reader/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/newsroom", "/api/", "/internal/"] }],
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}

// /sitemap.xml: a sitemap index with one sitemap per month (app/sitemaps/[file]), so that no single file
// nears the 50,000 URLs a sitemap may hold however long the archive grows.
import { getSitemapMonths } from "@/lib/reader/get-sitemap-entries";
import { absoluteUrl } from "@/lib/reader/site-url";
import { escapeXml, xmlResponse } from "@/lib/reader/xml";
import { readerPaths } from "@/lib/reader-change/urls";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const months = await getSitemapMonths();
  const sitemaps = months
    .map(
      ({ month, lastModified }) => `<sitemap><loc>${escapeXml(absoluteUrl(readerPaths.sitemapMonth(month)))}</loc><lastmod>${lastModified}</lastmod></sitemap>`,
    )
    .join("\n");
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps}\n</sitemapindex>\n`,
    "application/xml",
  );
}

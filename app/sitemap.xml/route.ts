// /sitemap.xml: released issues, their pages and every visible story.
import { getSitemapEntries } from "@/lib/reader/get-sitemap-entries";
import { absoluteUrl } from "@/lib/reader/site-url";
import { escapeXml, xmlResponse } from "@/lib/reader/xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const entries = await getSitemapEntries();
  const urls = [{ path: "/", lastModified: entries[0]?.lastModified ?? null }, ...entries]
    .map(
      (entry) =>
        `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    "application/xml",
  );
}

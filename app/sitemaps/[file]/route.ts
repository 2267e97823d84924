// /sitemaps/YYYY-MM.xml: one month of the archive — its released issues and pages, and its visible stories.
import { z } from "zod";
import { getSitemapEntries } from "@/lib/reader/get-sitemap-entries";
import { absoluteUrlMaker } from "@/lib/reader/site-url";
import { escapeXml, xmlResponse } from "@/lib/reader/xml";

export const dynamic = "force-dynamic";

const ZSitemapFile = z
  .string()
  .regex(/^(\d{4})-(0[1-9]|1[0-2])\.xml$/)
  .transform((file) => file.slice(0, 7));

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const parsed = ZSitemapFile.safeParse((await context.params).file);
  if (!parsed.success) return new Response("Not Found", { status: 404 });
  const entries = await getSitemapEntries(parsed.data);
  if (entries.length === 0) return new Response("Not Found", { status: 404 });
  const absoluteUrl = absoluteUrlMaker();
  const urls = entries.map((entry) => `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc><lastmod>${entry.lastModified}</lastmod></url>`).join("\n");
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    "application/xml",
  );
}

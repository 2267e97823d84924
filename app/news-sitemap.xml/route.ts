// /news-sitemap.xml: Google News sitemap of the stories of the last two days.
import { getNewsSitemapStories } from "@/lib/reader/get-sitemap-entries";
import { absoluteUrl } from "@/lib/reader/site-url";
import { escapeXml, xmlResponse } from "@/lib/reader/xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const stories = await getNewsSitemapStories();
  const urls = stories
    .map(
      (story) =>
        `<url><loc>${escapeXml(absoluteUrl(story.href))}</loc><news:news><news:publication><news:name>晋中日报</news:name><news:language>zh-cn</news:language></news:publication><news:publication_date>${story.datePublished.toISOString()}</news:publication_date><news:title>${escapeXml(story.content.headline.trim() || "图片新闻")}</news:title></news:news></url>`,
    )
    .join("\n");
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`,
    "application/xml",
  );
}

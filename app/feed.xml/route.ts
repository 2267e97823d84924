// /feed.xml: RSS 2.0 of the newest published stories.

import { formatBylines } from "@/lib/content/format-byline";
import { getLatestStories } from "@/lib/reader/get-latest-stories";
import { absoluteUrl } from "@/lib/reader/site-url";
import { escapeXml, xmlResponse } from "@/lib/reader/xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const stories = await getLatestStories(50);
  const items = stories
    .map((story) => {
      const url = absoluteUrl(story.href);
      const byline = formatBylines(story.content.bylines);
      return [
        "<item>",
        `<title>${escapeXml(story.content.headline.trim() || "图片新闻")}</title>`,
        `<link>${escapeXml(url)}</link>`,
        `<guid isPermaLink="false">jinzhong-daily-article-${story.articleId}</guid>`,
        `<pubDate>${story.datePublished.toUTCString()}</pubDate>`,
        byline ? `<dc:creator>${escapeXml(byline)}</dc:creator>` : "",
        story.content.column ? `<category>${escapeXml(story.content.column.name)}</category>` : "",
        `<description>${escapeXml(story.excerpt)}</description>`,
        "</item>",
      ].join("");
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>晋中日报</title>
<link>${escapeXml(absoluteUrl("/"))}</link>
<atom:link href="${escapeXml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
<description>晋中日报数字报最新稿件</description>
<language>zh-CN</language>
${items}
</channel>
</rss>
`;
  return xmlResponse(xml, "application/rss+xml");
}

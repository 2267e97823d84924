// schema.org NewsArticle for a story page, from the published snapshot only.
import { formatByline } from "@/lib/content/format-byline";
import { readerPaths } from "@/lib/reader-change/urls";
import type { TArticleView } from "./get-article-view";
import { absoluteUrl } from "./site-url";

export function newsArticleLd(view: TArticleView, description: string, image: { url: string; width: number; height: number } | null = null) {
  const { content } = view;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: content.headline.trim() || "图片新闻",
    ...(content.kicker || content.subheadline ? { alternativeHeadline: [content.kicker, content.subheadline].filter(Boolean).join(" ") } : {}),
    description,
    url: absoluteUrl(view.canonicalPath),
    mainEntityOfPage: absoluteUrl(view.canonicalPath),
    datePublished: view.datePublished.toISOString(),
    dateModified: view.dateModified.toISOString(),
    inLanguage: "zh-CN",
    wordCount: content.charCount,
    author: content.bylines.map((byline) => ({
      "@type": "Person",
      name: byline.name,
      jobTitle: formatByline(byline).replace(` ${byline.name}`, "").replace(/ 摄$/, ""),
      url: absoluteUrl(readerPaths.byline(byline.contributorId)),
    })),
    publisher: { "@type": "NewsMediaOrganization", name: "晋中日报", url: absoluteUrl("/") },
    ...(image ? { image: [{ "@type": "ImageObject", url: absoluteUrl(image.url), width: image.width, height: image.height }] } : {}),
    ...(content.section ? { articleSection: content.section.name } : content.column ? { articleSection: content.column.name } : {}),
    ...(content.placement
      ? { printEdition: content.placement.issueDate, printPage: content.placement.parts.map((part) => String(part.pageNumber)).join(",") }
      : {}),
  };
}

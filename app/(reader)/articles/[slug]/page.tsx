// /articles/<id>-<slug>: one story, whole, with metadata and NewsArticle JSON-LD. The id decides: the
// canonical URL and the bare /articles/<id> show the story; any other slug redirects (308) to the
// canonical URL. Neither that redirect nor a 404 is stored in Next's route cache
// (lib/reader/route-cache-handler.mjs), so made-up URLs cannot fill it.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/reader/json-ld";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryNav } from "@/components/reader/story-nav";
import { StoryView } from "@/components/reader/story-view";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getStoryImages } from "@/lib/reader/get-story-images";
import { getStoryNeighbours } from "@/lib/reader/get-story-neighbours";
import { newsArticleLd } from "@/lib/reader/news-article-ld";
import { ZArticleSegment } from "@/lib/reader/params";
import { absoluteUrl } from "@/lib/reader/site-url";
import { excerptOf } from "@/lib/reader/story-summary";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { readerPaths } from "@/lib/reader-change/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ slug: string }> };

async function load(props: TProps) {
  const parsed = ZArticleSegment.safeParse((await props.params).slug);
  if (!parsed.success) notFound();
  const { view, tags } = await getArticleView(parsed.data.articleId);
  // Not stored, so not tagged either (a tag set per missing id would fill Next's data cache instead).
  if (!view) notFound();
  if (!isStoryUrl(parsed.data.slug, view.articleId, view.canonicalPath)) permanentRedirect(view.canonicalPath);
  const { neighbours, tags: neighbourTags } = await getStoryNeighbours(view.articleId, view.content);
  await tagReaderRender([...tags, ...neighbourTags]);
  const images = await getStoryImages(view.content.body);
  return { view, neighbours, images };
}

/** The canonical segment (compared decoded, as browsers may send it either way) or the bare id. */
function isStoryUrl(segment: string, articleId: number, canonicalPath: string): boolean {
  const canonical = canonicalPath.slice("/articles/".length);
  return segment === String(articleId) || segment === canonical || segment === safeDecode(canonical);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { view, images } = await load(props);
  const title = view.content.headline.trim() || "图片新闻";
  const description = excerptOf(view.plainText, 110);
  const url = absoluteUrl(view.canonicalPath);
  return {
    title,
    description,
    alternates: { canonical: url },
    authors: view.content.bylines.map((byline) => ({ name: byline.name })),
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: "晋中日报",
      locale: "zh_CN",
      publishedTime: view.datePublished.toISOString(),
      modifiedTime: view.dateModified.toISOString(),
      authors: view.content.bylines.map((byline) => byline.name),
      ...(view.content.section ? { section: view.content.section.name } : {}),
      ...(images.share
        ? {
            images: [
              {
                url: absoluteUrl(images.share.url),
                width: images.share.width,
                height: images.share.height,
                ...(images.share.alt ? { alt: images.share.alt } : {}),
              },
            ],
          }
        : {}),
    },
  };
}

export default async function ArticlePage(props: TProps) {
  const { view, neighbours, images } = await load(props);
  const issueDate = view.content.placement?.issueDate ?? null;
  return (
    <ReaderPage edition={issueDate ? { date: issueDate, number: null } : null}>
      <StoryView
        content={view.content}
        images={images.byId}
        dates={{ published: view.datePublished, modified: view.dateModified }}
        links={{
          page: (pageNumber) => (issueDate ? `${readerPaths.page(issueDate, pageNumber)}#article-${view.articleId}` : null),
          issue: (date) => readerPaths.issue(date),
          column: (slug) => readerPaths.column(slug),
          byline: (id) => readerPaths.byline(id),
        }}
      />
      {neighbours && <StoryNav neighbours={neighbours} />}
      <JsonLd data={newsArticleLd(view, excerptOf(view.plainText, 110), images.share)} />
    </ReaderPage>
  );
}

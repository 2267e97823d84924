// /issues/YYYY-MM-DD/N: one page of a released issue, its stories in print order, 上一版/下一版; with a page image
// (版面图), the printed page with each visible story's region a link, beside the page's headlines.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueNav } from "@/components/reader/issue-nav";
import { PageImageView } from "@/components/reader/page-image-view";
import { PageNav } from "@/components/reader/page-nav";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryCard } from "@/components/reader/story-card";
import { getReaderPageImage } from "@/lib/page-images/get-reader-page-image";
import { getPageView } from "@/lib/reader/get-page-view";
import { ZPageNumber, ZReaderDate } from "@/lib/reader/params";
import { absoluteUrl } from "@/lib/reader/site-url";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { formatChineseDate, pageLabel, readerPaths } from "@/lib/reader-change/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ date: string; page: string }> };

async function load(props: TProps) {
  const params = await props.params;
  const date = ZReaderDate.safeParse(params.date);
  const pageNumber = ZPageNumber.safeParse(params.page);
  // A 404 is rendered for each request, never stored (lib/reader/route-cache-handler.mjs), so not tagged.
  if (!date.success || !pageNumber.success) notFound();
  const { view, tags } = await getPageView(date.data, pageNumber.data);
  if (!view) notFound();
  await tagReaderRender(tags);
  return view;
}

function title(view: Awaited<ReturnType<typeof load>>): string {
  return `${formatChineseDate(view.issue.date)} ${pageLabel(view.page.number)}${view.page.name ? ` ${view.page.name}` : ""}`;
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const view = await load(props);
  return {
    title: title(view),
    description: `晋中日报${title(view)}：${
      view.stories
        .map((story) => story.content.headline)
        .filter(Boolean)
        .join("；") || "本版内容"
    }`,
    alternates: { canonical: absoluteUrl(readerPaths.page(view.issue.date, view.page.number)) },
  };
}

/** The page image with a region link for each story part this page lists (the ones readers may see). */
function pageImageOf(view: Awaited<ReturnType<typeof load>>) {
  const parts = view.stories.map((story) => ({ articleId: story.articleId, sequence: story.sequence, headline: story.content.headline, href: story.href }));
  // The page's cache tag (page:<id>) already covers the image: uploads and region saves notify it.
  return getReaderPageImage({ id: view.page.id, number: view.page.number, issueDate: view.issue.date }, parts);
}

export default async function IssuePageView(props: TProps) {
  const view = await load(props);
  const image = await pageImageOf(view);
  return (
    <ReaderPage edition={view.issue}>
      <h1 className="page-title">{title(view)}</h1>
      <nav className="prev-next" aria-label="翻版">
        {view.previous ? <a href={readerPaths.page(view.issue.date, view.previous.number)}>上一版 {pageLabel(view.previous.number)}</a> : <span />}
        <a href={readerPaths.issue(view.issue.date)}>本期目录</a>
        {view.next ? <a href={readerPaths.page(view.issue.date, view.next.number)}>下一版 {pageLabel(view.next.number)}</a> : <span />}
      </nav>
      {image && <PageImageView image={image} label={`${pageLabel(view.page.number)}${view.page.name ? ` ${view.page.name}` : ""}`} />}
      <section aria-label="本版稿件" className="page-stories">
        {view.stories.length > 0 ? (
          view.stories.map((story) => (
            <StoryCard
              key={`${story.articleId}-${story.sequence}`}
              content={story.content}
              articleId={story.articleId}
              sequence={story.sequence}
              href={story.href}
            />
          ))
        ) : view.pending.length === 0 ? (
          <p className="notice">本版内容尚未录入。</p>
        ) : null}
        {view.pending.map((story) => (
          <p key={story.articleId} className="notice quiet pending-continuation">
            <a href={story.href}>{story.headline || "图片新闻"}</a>在本版的续文尚未录入。
          </p>
        ))}
      </section>
      <PageNav date={view.issue.date} pages={view.pages} current={view.page.number} />
      <IssueNav adjacent={view.adjacentIssues} />
    </ReaderPage>
  );
}

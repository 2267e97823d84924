// `/`: the latest released issue's front page. An optional catch-all instead of app/(reader)/page.tsx so
// that `next build` does not prerender it (the database is not there at build time); it is rendered on
// the first request and then served from the cache. Any other unmatched path is a 404.
import { notFound } from "next/navigation";
import { IssueNav } from "@/components/reader/issue-nav";
import { PageNav } from "@/components/reader/page-nav";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryCard } from "@/components/reader/story-card";
import { WebStories } from "@/components/reader/web-stories";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getWebStories } from "@/lib/reader/get-web-stories";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { pageLabel, readerPaths } from "@/lib/reader-change/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export default async function FrontPage({ params }: { params: Promise<{ front?: string[] }> }) {
  const { front: rest } = await params;
  // Rendered for each request, never stored (lib/reader/route-cache-handler.mjs), so not tagged.
  if (rest && rest.length > 0) notFound();
  // Web-only stories change with every publish, which always drops the "latest" tag the front page carries.
  const [{ front, tags }, webStories] = await Promise.all([getFrontPageView(), getWebStories()]);
  await tagReaderRender(tags);
  return (
    <ReaderPage edition={front?.issue} mastheadIsTitle>
      {front ? (
        <>
          <PageNav date={front.issue.date} pages={front.pages} current={front.page.number} />
          <section aria-labelledby="front-page-title" className="page-stories">
            <h2 id="front-page-title" className="section-title">
              <a href={readerPaths.page(front.issue.date, front.page.number)}>
                {pageLabel(front.page.number)}
                {front.page.name ? ` ${front.page.name}` : ""}
              </a>
            </h2>
            {front.stories.map((story) => (
              <StoryCard
                key={`${story.articleId}-${story.sequence}`}
                content={story.content}
                articleId={story.articleId}
                sequence={story.sequence}
                href={story.href}
              />
            ))}
          </section>
          <IssueNav adjacent={front.adjacentIssues} date={front.issue.date} />
        </>
      ) : (
        <p className="empty">还没有已出版的报纸。</p>
      )}
      <WebStories stories={webStories} />
    </ReaderPage>
  );
}

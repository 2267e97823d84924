// The working draft exactly as the reader's story page will render it — the same components (ReaderPage,
// StoryView) and the reader's CSS, with the newsroom's chrome and styles kept out (`.nr-reader-preview`) —
// only for signed-in staff, never cached, never indexed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryView } from "@/components/reader/story-view";
import { loadArticleContent } from "@/lib/articles/load-article-content";
import { getDb } from "@/lib/db/client";
import { articleIdParam } from "@/lib/http/article-param";
import { getStoryImages } from "@/lib/reader/get-story-images";
import { readerPaths } from "@/lib/reader-change/urls";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "预览", robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const articleId = articleIdParam(id);
  await requirePageUser(undefined, `/newsroom/articles/${articleId}/preview`);
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true, liveSnapshot: { select: { readerPublishedAt: true } } } });
  if (!article) notFound();
  const { content, version } = await loadArticleContent(getDb(), articleId);
  const issueDate = content.placement?.issueDate ?? null;
  // As readers would see it if published now: first published then (or now), updated now.
  const now = new Date();
  const dates = { published: article.liveSnapshot?.readerPublishedAt ?? now, modified: now };
  // Served to staff before publication by the media route (private, never cached).
  const images = await getStoryImages(content.body);
  return (
    <div className="nr-reader-preview">
      <p className="nr-preview-notice" role="status">
        预览：这是工作稿（版本 {version}）在读者页面上的样子，读者尚未看到。 <Link href={`/newsroom/articles/${articleId}`}>返回编辑</Link>
      </p>
      <ReaderPage edition={issueDate ? { date: issueDate, number: null } : null}>
        <StoryView
          content={content}
          images={images.byId}
          dates={dates}
          links={{
            page: (pageNumber) => (issueDate ? readerPaths.page(issueDate, pageNumber) : null),
            issue: (date) => readerPaths.issue(date),
            column: (slug) => readerPaths.column(slug),
            byline: (contributorId) => readerPaths.byline(contributorId),
          }}
        />
      </ReaderPage>
    </div>
  );
}

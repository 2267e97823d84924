// The whole issue as readers will see it once released (published versions only), for admins and editors;
// never cached, never indexed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryCard } from "@/components/reader/story-card";
import { articleIdParam } from "@/lib/http/article-param";
import { getIssuePreview } from "@/lib/issues/get-issue-preview";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { formatChineseDate, pageLabel, readerPaths } from "@/lib/reader-change/urls";
import { actorOf, requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "整期预览", robots: { index: false, follow: false } };

export default async function IssuePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const issueId = articleIdParam((await params).id);
  const user = await requirePageUser(undefined, `/newsroom/issues/${issueId}/preview`);
  const preview = await getIssuePreview(actorOf(user), issueId);
  if (!preview) notFound();
  return (
    <>
      <p className="nr-notice" role="status" style={{ margin: 0, borderRadius: 0, textAlign: "center" }}>
        预览：{formatChineseDate(preview.date)}这一期（{ISSUE_STATUS_LABELS[preview.status]}）发布后读者将看到的内容，只含已发布的稿件。{" "}
        {user.role === "ADMIN" && <Link href={`/newsroom/issues/${preview.id}`}>返回编排</Link>}
      </p>
      <ReaderPage>
        <h1 className="page-title">{formatChineseDate(preview.date)}</h1>
        {preview.pages.map((page) => (
          <section key={page.number} aria-label={`${pageLabel(page.number)} ${page.name ?? ""}`}>
            <h2>
              {pageLabel(page.number)} {page.name}
            </h2>
            {page.stories.length === 0 ? (
              <p>本版没有已发布的稿件。</p>
            ) : (
              page.stories.map((story) => (
                <StoryCard
                  key={`${story.articleId}-${story.sequence}`}
                  content={story.content}
                  articleId={story.articleId}
                  sequence={story.sequence}
                  href={readerPaths.article(story.articleId, story.content.headline)}
                />
              ))
            )}
          </section>
        ))}
      </ReaderPage>
    </>
  );
}

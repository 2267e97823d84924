// The working draft exactly as the reader's story page will render it — only for signed-in staff,
// never cached, never indexed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryView } from "@/components/reader/story-view";
import { loadArticleContent } from "@/lib/articles/load-article-content";
import { getDb } from "@/lib/db/client";
import { articleIdParam } from "@/lib/http/article-param";
import { getStoryImages } from "@/lib/reader/get-story-images";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "预览", robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const articleId = articleIdParam(id);
  await requirePageUser(undefined, `/newsroom/articles/${articleId}/preview`);
  if (!(await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } }))) notFound();
  const { content, version } = await loadArticleContent(getDb(), articleId);
  // Served to staff before publication by the media route (private, never cached).
  const images = await getStoryImages(content.body);
  return (
    <>
      <p className="nr-notice" role="status" style={{ margin: 0, borderRadius: 0, textAlign: "center" }}>
        预览：这是工作稿（版本 {version}）在读者页面上的样子，读者尚未看到。 <Link href={`/newsroom/articles/${articleId}`}>返回编辑</Link>
      </p>
      <ReaderPage>
        <StoryView content={content} images={images.byId} />
      </ReaderPage>
    </>
  );
}

// The version of a story readers see now (its live snapshot), for the publish button's summary of what a
// publish would change; null before the first publication or after an unpublish.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface TLiveVersion {
  version: number;
  publishedAt: string;
  content: TArticleContent;
}

export async function getLiveVersion(articleId: number): Promise<TLiveVersion | null> {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: { liveSnapshot: { select: { version: true, publishedAt: true, content: true } } },
  });
  if (!article) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
  const live = article.liveSnapshot;
  if (!live) return null;
  return { version: live.version, publishedAt: live.publishedAt.toISOString(), content: ZArticleContent.parse(live.content) };
}

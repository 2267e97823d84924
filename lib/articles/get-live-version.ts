// The version of a story readers see now (its live snapshot), for the publish button's summary of what a
// publish would change. A story that was withdrawn has no live version but had readers: its last published
// version is returned as `withdrawn`, so the summary compares with what readers saw before, instead of
// calling the next publish the first one. Both are null before the first publication.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface TPublishedVersion {
  version: number;
  publishedAt: string;
  content: TArticleContent;
}

export interface TLiveVersions {
  live: TPublishedVersion | null;
  withdrawn: TPublishedVersion | null;
}

const VERSION_FIELDS = { version: true, publishedAt: true, content: true } as const;

function toVersion(snapshot: { version: number; publishedAt: Date; content: unknown }): TPublishedVersion {
  return { version: snapshot.version, publishedAt: snapshot.publishedAt.toISOString(), content: ZArticleContent.parse(snapshot.content) };
}

export async function getLiveVersion(articleId: number): Promise<TLiveVersions> {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { liveSnapshot: { select: VERSION_FIELDS } } });
  if (!article) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
  if (article.liveSnapshot) return { live: toVersion(article.liveSnapshot), withdrawn: null };
  // Only a story without a live version is looked up for the one readers saw last.
  const last = await db.articleSnapshot.findFirst({ where: { articleId }, select: VERSION_FIELDS, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
  return { live: null, withdrawn: last ? toVersion(last) : null };
}

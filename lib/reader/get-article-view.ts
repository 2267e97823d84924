// One story as readers see it: its live snapshot, visible only under the visibility rule.
import "server-only";
import { cache } from "react";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { visibleSnapshotSql } from "./visibility";

export interface TArticleView {
  articleId: number;
  content: TArticleContent;
  canonicalPath: string;
  plainText: string;
  /** When readers could first read it (see lib/reader-change/reader-dates.ts). */
  datePublished: Date;
  /** datePublished, or when the version shown was published if it updates an earlier one later. */
  dateModified: Date;
}

async function readArticleView(articleId: number, now: Date = new Date()): Promise<{ view: TArticleView | null; tags: string[] }> {
  const [snapshot] = await readRows<{
    content: unknown;
    plainText: string;
    publishedAt: Date;
    issueId: number | null;
    readerPublishedAt: Date | null;
    readerModifiedAt: Date | null;
  }>(Prisma.sql`SELECT s."content", s."plainText", s."publishedAt", s."issueId", s."readerPublishedAt", s."readerModifiedAt"
    FROM "ArticleSnapshot" s WHERE s."articleId" = ${articleId} AND ${visibleSnapshotSql("s", now)} LIMIT 1`);
  // Publishing or releasing it later always carries the article's tag (and "latest").
  const tags = [readerTags.article(articleId)];
  if (!snapshot) return { view: null, tags: [...tags, readerTags.latest()] };
  const content = ZArticleContent.parse(snapshot.content);
  const datePublished = snapshot.readerPublishedAt ?? snapshot.publishedAt;
  if (snapshot.issueId !== null) tags.push(readerTags.issue(snapshot.issueId));
  return {
    view: {
      articleId,
      content,
      canonicalPath: readerPaths.article(articleId, content.headline),
      plainText: snapshot.plainText,
      datePublished,
      dateModified: snapshot.readerModifiedAt ?? datePublished,
    },
    tags,
  };
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getArticleView = cache(readArticleView);

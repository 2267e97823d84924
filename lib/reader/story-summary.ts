// A story in a list (section, column, byline, feed, sitemap): what a list shows of a visible snapshot.
import "server-only";
import type { z } from "zod";
import { ZArticleContent } from "@/lib/content/article-content";
import { Prisma } from "@/lib/db/generated/client";
import { readerPaths } from "@/lib/reader-change/urls";

export const storySummarySelect = {
  articleId: true,
  publishedAt: true,
  plainText: true,
  content: true,
  readerPublishedAt: true,
  readerModifiedAt: true,
} satisfies Prisma.ArticleSnapshotSelect;

/**
 * The same columns in raw SQL for a snapshot aliased `s`, without the body document a list never shows
 * (the largest part of a story's JSON, and most of its validation).
 */
export const storySummaryColumnsSql = Prisma.sql`s."articleId", s."publishedAt", s."plainText", s."content" - 'body' AS "content",
  s."readerPublishedAt", s."readerModifiedAt"`;

type TRow = Omit<Prisma.ArticleSnapshotGetPayload<{ select: typeof storySummarySelect }>, "content"> & { content: unknown };

/** What a list shows of a story's content: everything but the body (read, it is dropped unchecked). */
const ZSummaryContent = ZArticleContent.omit({ body: true });
export type TStorySummaryContent = z.infer<typeof ZSummaryContent>;

export interface TStorySummary {
  articleId: number;
  content: TStorySummaryContent;
  href: string;
  /** The first words of the body, for lists and descriptions. */
  excerpt: string;
  datePublished: Date;
  dateModified: Date;
}

export function excerptOf(plainText: string, length = 120): string {
  const flat = plainText.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

export function toStorySummary(row: TRow): TStorySummary {
  const content = ZSummaryContent.parse(row.content);
  const datePublished = row.readerPublishedAt ?? row.publishedAt;
  return {
    articleId: row.articleId,
    content,
    href: readerPaths.article(row.articleId, content.headline),
    excerpt: excerptOf(row.plainText),
    datePublished,
    dateModified: row.readerModifiedAt ?? datePublished,
  };
}

/** Newest first: by when readers could first read them (an imported archive keeps its own dates). */
export const newestFirst = [{ readerPublishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.ArticleSnapshotOrderByWithRelationInput[];

// A story in a list (section, column, byline, feed, sitemap): what a list shows of a visible snapshot.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import type { Prisma } from "@/lib/db/generated/client";
import { readerPaths } from "@/lib/reader-change/urls";

export const storySummarySelect = {
  articleId: true,
  publishedAt: true,
  plainText: true,
  content: true,
  readerPublishedAt: true,
  readerModifiedAt: true,
} satisfies Prisma.ArticleSnapshotSelect;

type TRow = Prisma.ArticleSnapshotGetPayload<{ select: typeof storySummarySelect }>;

export interface TStorySummary {
  articleId: number;
  content: TArticleContent;
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
  const content = ZArticleContent.parse(row.content);
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

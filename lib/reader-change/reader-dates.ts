// The one writer of the dates readers see for a story: a printed story is published, for readers, when its
// issue is released (a story read online before its issue keeps its first online publication; one added
// to an issue after its release, when it was first published); a web-only story when it was first
// published. A later version published after that is an update (更新于). An archive import publishes as
// of its issue's release time, so old stories keep their own dates. Kept on the snapshots so feeds order
// by them and every reader surface shows the same dates.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** Recomputes the reader dates of every snapshot of these stories, or of every story printed in this issue. */
export async function refreshReaderDates(tx: TTransaction, scope: { articleIds: readonly number[] } | { issueId: number }): Promise<void> {
  const where =
    "issueId" in scope
      ? Prisma.sql`s2."issueId" = ${scope.issueId}`
      : scope.articleIds.length > 0
        ? Prisma.sql`s2."articleId" IN (${Prisma.join(scope.articleIds)})`
        : Prisma.sql`FALSE`;
  await tx.$executeRaw`
    UPDATE "ArticleSnapshot" AS s
    SET "readerPublishedAt" = dated.published_at,
        "readerModifiedAt" = CASE WHEN s."revisesEarlier" THEN GREATEST(dated.published_at, s."publishedAt") ELSE dated.published_at END
    FROM (
      SELECT s2."id",
             CASE
               WHEN s2."issueId" IS NULL THEN COALESCE(a."firstPublishedAt", s2."publishedAt")
               WHEN i."releasedAt" IS NULL THEN NULL
               WHEN a."webFirstPublishedAt" < i."releasedAt" THEN a."webFirstPublishedAt"
               ELSE GREATEST(i."releasedAt", a."firstPublishedAt")
             END AS published_at
      FROM "ArticleSnapshot" AS s2
      JOIN "Article" AS a ON a."id" = s2."articleId"
      LEFT JOIN "Issue" AS i ON i."id" = s2."issueId"
      WHERE ${where}
    ) AS dated
    WHERE dated."id" = s."id"`;
}

/** The default release moment of an issue: 05:00 Asia/Shanghai on its date, when the printed paper is out. */
export function defaultReleaseTime(issueDate: string): Date {
  return new Date(`${issueDate}T05:00:00+08:00`);
}

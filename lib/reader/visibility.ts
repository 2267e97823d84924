// The one rule of what readers may see. Every reader page, feed, sitemap and search goes through it:
// a story's live (currently published) snapshot, and — when it is placed in a print issue — only once
// that issue is released.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_PUBLICATION } from "@/lib/publications/default-publication";

export function visibleSnapshotWhere(now: Date = new Date()): Prisma.ArticleSnapshotWhereInput {
  return {
    liveFor: { isNot: null },
    OR: [{ issueId: null }, { issue: { releasedAt: { not: null, lte: now } } }],
  };
}

/**
 * visibleSnapshotWhere() for raw SQL (search ranks rows in the database): `alias` names an "ArticleSnapshot"
 * row. tests/integration/search.test.ts proves both forms pick the same snapshots.
 */
export function visibleSnapshotSql(alias: string, now: Date = new Date()): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const s = Prisma.raw(`"${alias}"`);
  return Prisma.sql`EXISTS (SELECT 1 FROM "Article" live WHERE live."liveSnapshotId" = ${s}."id")
    AND (${s}."issueId" IS NULL OR EXISTS (SELECT 1 FROM "Issue" released WHERE released."id" = ${s}."issueId"
      AND released."releasedAt" IS NOT NULL AND released."releasedAt" <= ${now}))`;
}

export function releasedIssueWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { releasedAt: { not: null, lte: now } };
}

/** Released issues of the paper this site serves. */
export function releasedPaperIssueWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { ...releasedIssueWhere(now), publication: { slug: DEFAULT_PUBLICATION.slug } };
}

/** Pages of released issues: an unreleased issue's pages do not exist for readers. */
export function visiblePageWhere(now: Date = new Date()): Prisma.PageWhereInput {
  return { issue: releasedPaperIssueWhere(now) };
}

/** Printed placements of visible snapshots (what a page view lists). */
export function visiblePlacementWhere(now: Date = new Date()): Prisma.SnapshotPlacementWhereInput {
  return { snapshot: visibleSnapshotWhere(now), page: visiblePageWhere(now) };
}

// The one rule of what readers may see. Every reader page, feed, sitemap and search goes through it:
// a story's live (currently published) snapshot, and — when it is placed in a print issue — only once
// that issue is released. "Live" is ArticleSnapshot.live, which triggers keep equal to "some Article's
// liveSnapshotId is this snapshot" (migration 20261201170000_live_snapshot), so lists need no probe of
// Article per story and the reader's partial indexes (WHERE live) serve them.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_PUBLICATION } from "@/lib/publications/default-publication";

export function visibleSnapshotWhere(now: Date = new Date()): Prisma.ArticleSnapshotWhereInput {
  return {
    live: true,
    OR: [{ issueId: null }, { issue: { releasedAt: { not: null, lte: now } } }],
  };
}

/**
 * visibleSnapshotWhere() for raw SQL (search, and the reader's reads on the pool): `alias` names an
 * "ArticleSnapshot" row. tests/integration/search.test.ts proves both forms pick the same snapshots.
 */
export function visibleSnapshotSql(alias: string, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`${liveSnapshotSql(alias)}
    AND ${releasedOrUnprintedSql(alias, now)}`;
}

/**
 * The release half of the rule alone, for a row with an "issueId": a snapshot, or a "LiveByline" row (a
 * live snapshot's bylines, migration 20261201180000_live_bylines), for which it is the whole rule.
 * "Not in an issue still waiting for its release" rather than "in a released issue": the few unreleased
 * issues are read once per statement (an init plan over the release index), where a probe of "Issue" for
 * every row read cost a walk over thousands of newest stories a few milliseconds.
 */
export function releasedOrUnprintedSql(alias: string, now: Date = new Date()): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const s = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${s}."issueId" IS NULL OR ${s}."issueId" <> ALL (ARRAY(SELECT unreleased."id" FROM "Issue" unreleased
      WHERE unreleased."releasedAt" IS NULL OR unreleased."releasedAt" > ${now})))`;
}

/** Live snapshots, visible or waiting for their issue's release (a partial index's predicate). */
export function liveSnapshotSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(`"${alias}"`)}."live"`;
}

/**
 * The live snapshots visibleSnapshotSql() still hides: those printed in an issue not released yet (never,
 * or later than `now`). Live minus these is exactly the visible set, and counts are cheaper that way: the
 * live ones are kept by triggers (ListLiveDelta, ContributorLiveDelta) or counted from an index alone, the
 * hidden ones are the few stories of unreleased issues (lib/reader/get-story-list.ts, get-list-index.ts;
 * tests/integration/live-snapshot.test.ts).
 */
export function unreleasedLiveSnapshotSql(alias: string, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`${liveSnapshotSql(alias)} AND ${inUnreleasedIssueSql(alias, now)}`;
}

/** The complement of releasedOrUnprintedSql() (same kinds of row): printed in an issue not released yet. */
export function inUnreleasedIssueSql(alias: string, now: Date = new Date()): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const s = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${s}."issueId" IN (SELECT unreleased."id" FROM "Issue" unreleased
    WHERE unreleased."releasedAt" IS NULL OR unreleased."releasedAt" > ${now})`;
}

export function releasedIssueWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { releasedAt: { not: null, lte: now } };
}

/** Released issues of the paper this site serves. */
export function releasedPaperIssueWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { ...releasedIssueWhere(now), publication: { slug: DEFAULT_PUBLICATION.slug } };
}

/** releasedPaperIssueWhere() for raw SQL: `alias` names an "Issue" row (tests/integration/live-snapshot.test.ts). */
export function releasedPaperIssueSql(alias: string, now: Date = new Date()): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${i}."releasedAt" IS NOT NULL AND ${i}."releasedAt" <= ${now}
    AND ${i}."publicationId" = (SELECT paper."id" FROM "Publication" paper WHERE paper."slug" = ${DEFAULT_PUBLICATION.slug})`;
}

/** Pages of released issues: an unreleased issue's pages do not exist for readers. */
export function visiblePageWhere(now: Date = new Date()): Prisma.PageWhereInput {
  return { issue: releasedPaperIssueWhere(now) };
}

/** Printed placements of visible snapshots (what a page view lists). */
export function visiblePlacementWhere(now: Date = new Date()): Prisma.SnapshotPlacementWhereInput {
  return { snapshot: visibleSnapshotWhere(now), page: visiblePageWhere(now) };
}

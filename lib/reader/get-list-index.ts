// /columns, /sections and /bylines: every 栏目, section or person with at least one story readers can see,
// with how many. Only visible stories count, so a name that exists only in drafts never shows.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { unreleasedLiveSnapshotSql } from "./visibility";

export type TListIndexKind = "column" | "section" | "byline";

export interface TListIndexEntry {
  id: number;
  name: string;
  href: string;
  count: number;
}

/**
 * Visible stories per 栏目, section or person, with their names, counted in PostgreSQL: reading every
 * visible snapshot into the app to count them took ≈1 s per render on a ten-year archive (npm run
 * bench:read). Live counts are
 * kept at publish time by triggers (ListLiveDelta for 栏目 and sections, ContributorLiveDelta for people:
 * counting ≈200,000 live stories, or unnesting ≈300,000 bylines, on every render is what they replace),
 * and the few live stories of issues not yet released are subtracted.
 */
async function countVisible(kind: TListIndexKind, now: Date) {
  const hidden = unreleasedLiveSnapshotSql("s", now);
  // Live counts, then the live stories of unreleased issues taken off (few; visibility.ts decides which).
  const live =
    kind === "byline"
      ? Prisma.sql`SELECT "contributorId" AS id, sum("delta") AS n FROM "ContributorLiveDelta" GROUP BY "contributorId"`
      : Prisma.sql`SELECT "listId" AS id, sum("delta") AS n FROM "ListLiveDelta" WHERE "kind" = ${kind} GROUP BY "listId"`;
  const unreleased =
    kind === "byline"
      ? Prisma.sql`SELECT c AS id, count(*) AS n FROM "ArticleSnapshot" s CROSS JOIN LATERAL unnest(s."contributorIds") AS c
          WHERE ${hidden} GROUP BY 1`
      : Prisma.sql`SELECT s.${column(kind)} AS id, count(*) AS n FROM "ArticleSnapshot" s
          WHERE s.${column(kind)} IS NOT NULL AND ${hidden} GROUP BY 1`;
  // With each one's name (and slug) from its own table, in the same round trip.
  const names =
    kind === "byline"
      ? Prisma.sql`SELECT t."id", t."name", NULL::text AS "slug" FROM "Contributor" t`
      : Prisma.sql`SELECT t."id", t."name", t."slug" FROM ${Prisma.raw(kind === "column" ? `"Column"` : `"Section"`)} t`;
  return readRows<{ id: number; name: string; slug: string | null; count: number }>(Prisma.sql`
    WITH live AS (${live}), hidden AS (${unreleased}), names AS (${names})
    SELECT names."id", names."name", names."slug", (live.n - coalesce(hidden.n, 0))::int AS "count"
    FROM live JOIN names ON names."id" = live.id LEFT JOIN hidden ON hidden.id = live.id
    WHERE live.n - coalesce(hidden.n, 0) > 0`);
}

const column = (kind: "column" | "section") => Prisma.raw(kind === "column" ? `"columnId"` : `"sectionId"`);

async function readListIndex(kind: TListIndexKind, now: Date = new Date()): Promise<{ entries: TListIndexEntry[]; tags: string[] }> {
  const rows = await countVisible(kind, now);
  const href = (row: { id: number; slug: string | null }) =>
    kind === "column" ? readerPaths.column(row.slug ?? "") : kind === "section" ? readerPaths.section(row.slug ?? "") : readerPaths.byline(row.id);
  const entries = rows
    .map((row) => ({ id: row.id, name: row.name, href: href(row), count: row.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN") || a.id - b.id);
  const tagOf = kind === "column" ? readerTags.column : kind === "section" ? readerTags.section : readerTags.byline;
  // "latest" comes with every publish and unpublish; each entry's own tag with a change to it.
  return { entries, tags: [readerTags.latest(), ...entries.map((entry) => tagOf(entry.id))] };
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getListIndex = cache(readListIndex);

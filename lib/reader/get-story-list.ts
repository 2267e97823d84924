// Published stories of one 栏目, section or byline, newest first, paginated. A column, section or person
// with no visible story does not exist for readers (a draft must not reveal even a name).
import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { storySummaryColumnsSql, type TStorySummary, toStorySummary } from "./story-summary";
import { inUnreleasedIssueSql, releasedOrUnprintedSql, unreleasedLiveSnapshotSql, visibleSnapshotSql } from "./visibility";

export const STORIES_PER_PAGE = 20;

export type TStoryListFilter = { kind: "column"; slug: string } | { kind: "section"; slug: string } | { kind: "byline"; contributorId: number };

export interface TStoryList {
  /** The name as the newest visible story printed it. */
  name: string;
  id: number;
  stories: TStorySummary[];
  page: number;
  pageCount: number;
  total: number;
}

/** Where one list's stories are found: the rows it counts and pages, and the SQL that picks them. */
interface TListSource {
  from: Prisma.Sql;
  /** The snapshot's id in a row of `from`. */
  snapshotId: Prisma.Sql;
  /** How many live rows the list has, visible or waiting for their issue's release (an SQL expression). */
  liveCount: Prisma.Sql;
  /** Those of them still hidden (their issue is not released yet). */
  unreleased: Prisma.Sql;
  /** Those readers see (live minus unreleased). */
  visible: Prisma.Sql;
  newestFirst: Prisma.Sql;
}

/**
 * Sections and 栏目 read the snapshots through partial indexes on live ones (migration
 * 20261201170000_live_snapshot). A person's stories lie all over that table, so a person is read from
 * "LiveByline", a copy of the live snapshots' bylines kept in list order by triggers (migration
 * 20261201180000_live_bylines). Either way paging is an index-only scan: no probe of Article per story and
 * no row read until the page's 20 stories (npm run bench:read). A person's live count is counted from that
 * index; a section's or 栏目's is kept by triggers (ListLiveDelta).
 */
async function resolveFilter(filter: TStoryListFilter, now: Date): Promise<{ id: number; source: TListSource } | null> {
  if (filter.kind === "byline") {
    const person = Prisma.sql`b."contributorId" = ${filter.contributorId}`;
    return {
      id: filter.contributorId,
      source: {
        from: Prisma.sql`"LiveByline" b`,
        snapshotId: Prisma.sql`b."snapshotId"`,
        liveCount: Prisma.sql`(SELECT count(*) FROM "LiveByline" b WHERE ${person})`,
        unreleased: Prisma.sql`${person} AND ${inUnreleasedIssueSql("b", now)}`,
        visible: Prisma.sql`${person} AND ${releasedOrUnprintedSql("b", now)}`,
        newestFirst: Prisma.sql`b."readerPublishedAt" DESC NULLS LAST, b."snapshotId" DESC`,
      },
    };
  }
  const [row] = await readRows<{ id: number }>(
    filter.kind === "column"
      ? Prisma.sql`SELECT c."id" FROM "Column" c WHERE c."slug" = ${filter.slug}`
      : Prisma.sql`SELECT t."id" FROM "Section" t WHERE t."slug" = ${filter.slug}`,
  );
  if (!row) return null;
  const where = filter.kind === "column" ? Prisma.sql`s."columnId" = ${row.id}` : Prisma.sql`s."sectionId" = ${row.id}`;
  return {
    id: row.id,
    source: {
      from: Prisma.sql`"ArticleSnapshot" s`,
      snapshotId: Prisma.sql`s."id"`,
      // Kept at publish time by triggers (migration 20261201210000_list_live_counts): counting a ten-year
      // section's ≈25,000 index entries for every page of it cost ≈5 ms.
      liveCount: Prisma.sql`(SELECT coalesce(sum(d."delta"), 0) FROM "ListLiveDelta" d WHERE d."kind" = ${filter.kind} AND d."listId" = ${row.id})`,
      unreleased: Prisma.sql`${where} AND ${unreleasedLiveSnapshotSql("s", now)}`,
      visible: Prisma.sql`${where} AND ${visibleSnapshotSql("s", now)}`,
      newestFirst: Prisma.sql`s."readerPublishedAt" DESC NULLS LAST, s."id" DESC`,
    },
  };
}

type TSummaryRow = Parameters<typeof toStorySummary>[0];

interface TListPage {
  total: number;
  stories: TStorySummary[];
  /** The list's newest story (its name is the list's name). */
  newest: TStorySummary | null;
}

/**
 * One page of a list, newest first, with how many there are and the list's newest story. Two statements
 * side by side: the count, and the page's 20 stories (without their body documents) picked by an
 * index-only walk of the list, preceded on later pages by the list's newest one.
 */
async function listPage(source: TListSource, skip: number, take: number): Promise<TListPage> {
  const ids = (offset: number, limit: number) =>
    Prisma.sql`ARRAY(SELECT ${source.snapshotId} FROM ${source.from} WHERE ${source.visible}
      ORDER BY ${source.newestFirst} LIMIT ${limit} OFFSET ${offset})`;
  const picked = skip === 0 ? ids(skip, take) : Prisma.sql`${ids(0, 1)} || ${ids(skip, take)}`;
  const [counted, rows] = await Promise.all([
    // Live minus not yet released: the live count needs no filter per story.
    readRows<{ total: number }>(Prisma.sql`SELECT
      ${source.liveCount}::int
      - (SELECT count(*) FROM ${source.from} WHERE ${source.unreleased})::int AS total`),
    readRows<TSummaryRow>(Prisma.sql`SELECT ${storySummaryColumnsSql}
      FROM unnest(${picked}) WITH ORDINALITY AS picked("id", "position") JOIN "ArticleSnapshot" s ON s."id" = picked."id"
      ORDER BY picked."position"`),
  ]);
  const summaries = rows.map(toStorySummary);
  const stories = skip === 0 ? summaries : summaries.slice(1);
  return { total: Number(counted[0]?.total ?? 0), stories, newest: summaries[0] ?? null };
}

function nameIn(summary: TStorySummary, filter: TStoryListFilter, id: number): string | null {
  if (filter.kind === "column") return summary.content.column?.name ?? null;
  if (filter.kind === "section") return summary.content.section?.name ?? null;
  return summary.content.bylines.find((byline) => byline.contributorId === id)?.name ?? null;
}

async function readStoryList(filter: TStoryListFilter, page: number, now: Date = new Date()): Promise<{ list: TStoryList | null; tags: string[] }> {
  // A story joining this list may come from a release that names only its issue: "latest" covers that.
  // `latest` is notified by every publish and unpublish, so the list needs no tag per story (each extra tag
  // costs time on every cache hit).
  const tags = [readerTags.latest()];
  const resolved = await resolveFilter(filter, now);
  if (!resolved) return { list: null, tags };
  tags.push(
    filter.kind === "column" ? readerTags.column(resolved.id) : filter.kind === "section" ? readerTags.section(resolved.id) : readerTags.byline(resolved.id),
  );
  const { total, stories, newest } = await listPage(resolved.source, (page - 1) * STORIES_PER_PAGE, STORIES_PER_PAGE);
  const pageCount = Math.ceil(total / STORIES_PER_PAGE);
  if (total === 0 || page > pageCount || newest === null) return { list: null, tags };
  const name = nameIn(newest, filter, resolved.id) ?? "";
  return { list: { name, id: resolved.id, stories, page, pageCount, total }, tags };
}

/** One read per render: generateMetadata and the page both ask, each with a filter object of its own. */
const readOnce = cache((kind: TStoryListFilter["kind"], key: string | number, page: number, now: Date | undefined) =>
  readStoryList(kind === "byline" ? { kind, contributorId: Number(key) } : { kind, slug: String(key) }, page, now),
);

export function getStoryList(filter: TStoryListFilter, page: number, now?: Date): Promise<{ list: TStoryList | null; tags: string[] }> {
  return readOnce(filter.kind, filter.kind === "byline" ? filter.contributorId : filter.slug, page, now);
}

// Published stories of one 栏目, section or byline, newest first, paginated. A column, section or person
// with no visible story does not exist for readers (a draft must not reveal even a name).
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { liveSnapshotSql, unreleasedLiveSnapshotSql, visibleSnapshotSql } from "./visibility";

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

async function resolveFilter(filter: TStoryListFilter): Promise<{ id: number; where: Prisma.Sql } | null> {
  const db = getDb();
  if (filter.kind === "byline") return { id: filter.contributorId, where: Prisma.sql`s."contributorIds" @> ARRAY[${filter.contributorId}]::int[]` };
  const row =
    filter.kind === "column"
      ? await db.column.findUnique({ where: { slug: filter.slug }, select: { id: true } })
      : await db.section.findUnique({ where: { slug: filter.slug }, select: { id: true } });
  if (!row) return null;
  return { id: row.id, where: filter.kind === "column" ? Prisma.sql`s."columnId" = ${row.id}` : Prisma.sql`s."sectionId" = ${row.id}` };
}

interface TListPage {
  total: number;
  ids: number[];
  /** The list's newest story (its name is the list's name). */
  newestId: number | null;
}

const newestFirstSql = Prisma.sql`"readerPublishedAt" DESC NULLS LAST, "id" DESC`;

/**
 * One page of a section's or 栏目's list: its ids newest first, how many there are, and the newest id. Each
 * query is an index-only scan of a partial index on live snapshots (migration 20261201170000_live_snapshot):
 * no probe of Article per story and no row read until the page's 20 stories (npm run bench:read).
 */
async function indexedListPage(where: Prisma.Sql, now: Date, skip: number, take: number): Promise<TListPage> {
  const db = getDb();
  const visible = visibleSnapshotSql("s", now);
  const ids = (offset: number, limit: number) =>
    db.$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where} AND ${visible}
      ORDER BY ${newestFirstSql} LIMIT ${limit} OFFSET ${offset}`;
  const [counted, rows, newest] = await Promise.all([
    // Live minus not yet released: counting live ones needs no filter per index entry (≈3 ms for 25,000).
    db.$queryRaw<Array<{ total: number }>>`SELECT
      (SELECT count(*) FROM "ArticleSnapshot" s WHERE ${where} AND ${liveSnapshotSql("s")})::int
      - (SELECT count(*) FROM "ArticleSnapshot" s WHERE ${where} AND ${unreleasedLiveSnapshotSql("s", now)})::int AS total`,
    ids(skip, take),
    skip === 0 ? null : ids(0, 1),
  ]);
  const pageIds = rows.map((row) => Number(row.id));
  return { total: Number(counted[0]?.total ?? 0), ids: pageIds, newestId: (newest ? newest[0]?.id : pageIds[0]) ?? null };
}

/**
 * The same for a person's list, found through the contributorIds GIN index: its stories lie all over the
 * table, so they are read once (≈1,300 rows for a ten-year reporter) and counted and paged from that one read.
 */
async function bylineListPage(where: Prisma.Sql, now: Date, skip: number, take: number): Promise<TListPage> {
  const rows = await getDb().$queryRaw<Array<{ total: number; ids: number[]; newestId: number | null }>>`
    WITH matches AS MATERIALIZED (
      SELECT s."id", s."readerPublishedAt" FROM "ArticleSnapshot" s WHERE ${where} AND ${visibleSnapshotSql("s", now)})
    SELECT (SELECT count(*)::int FROM matches) AS total,
      ARRAY(SELECT "id" FROM matches ORDER BY ${newestFirstSql} LIMIT ${take} OFFSET ${skip}) AS ids,
      (SELECT "id" FROM matches ORDER BY ${newestFirstSql} LIMIT 1) AS "newestId"`;
  const row = rows[0];
  return { total: Number(row?.total ?? 0), ids: (row?.ids ?? []).map(Number), newestId: row?.newestId ?? null };
}

/** The snapshots whole, by id. */
async function summariesOf(ids: number[]): Promise<Map<number, TStorySummary>> {
  const rows = await getDb().articleSnapshot.findMany({ where: { id: { in: ids } }, select: { id: true, ...storySummarySelect } });
  return new Map(rows.map((row) => [row.id, toStorySummary(row)]));
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
  const resolved = await resolveFilter(filter);
  if (!resolved) return { list: null, tags };
  tags.push(
    filter.kind === "column" ? readerTags.column(resolved.id) : filter.kind === "section" ? readerTags.section(resolved.id) : readerTags.byline(resolved.id),
  );
  const listPage = filter.kind === "byline" ? bylineListPage : indexedListPage;
  const { total, ids, newestId } = await listPage(resolved.where, now, (page - 1) * STORIES_PER_PAGE, STORIES_PER_PAGE);
  const pageCount = Math.ceil(total / STORIES_PER_PAGE);
  if (total === 0 || page > pageCount || newestId === null) return { list: null, tags };
  const summaries = await summariesOf([...new Set([newestId, ...ids])]);
  const stories = ids.flatMap((id) => summaries.get(id) ?? []);
  const newest = summaries.get(newestId);
  const name = (newest && nameIn(newest, filter, resolved.id)) ?? "";
  return { list: { name, id: resolved.id, stories, page, pageCount, total }, tags };
}

/** One read per render: generateMetadata and the page both ask, each with a filter object of its own. */
const readOnce = cache((kind: TStoryListFilter["kind"], key: string | number, page: number, now: Date | undefined) =>
  readStoryList(kind === "byline" ? { kind, contributorId: Number(key) } : { kind, slug: String(key) }, page, now),
);

export function getStoryList(filter: TStoryListFilter, page: number, now?: Date): Promise<{ list: TStoryList | null; tags: string[] }> {
  return readOnce(filter.kind, filter.kind === "byline" ? filter.contributorId : filter.slug, page, now);
}

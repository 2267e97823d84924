// Published stories of one 栏目, section or byline, newest first, paginated. A column, section or person
// with no visible story does not exist for readers (a draft must not reveal even a name).
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { visibleSnapshotSql } from "./visibility";

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

/**
 * The ids of one page of the list, newest first (the order of `newestFirst`), and how many there are. Ids
 * first, then only those rows whole: a page deep in a ten-year section walks thousands of index entries,
 * which Prisma's one query did with every story's body in hand (npm run bench:read).
 */
async function listPage(where: Prisma.Sql, now: Date, skip: number, take: number): Promise<{ total: number; ids: number[] }> {
  const db = getDb();
  const visible = visibleSnapshotSql("s", now);
  const [counted, rows] = await Promise.all([
    db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "ArticleSnapshot" s WHERE ${where} AND ${visible}`,
    db.$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where} AND ${visible}
      ORDER BY s."readerPublishedAt" DESC NULLS LAST, s."id" DESC LIMIT ${take} OFFSET ${skip}`,
  ]);
  return { total: Number(counted[0]?.total ?? 0), ids: rows.map((row) => Number(row.id)) };
}

async function summariesOf(ids: number[]): Promise<TStorySummary[]> {
  const rows = await getDb().articleSnapshot.findMany({ where: { id: { in: ids } }, select: { id: true, ...storySummarySelect } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toStorySummary(row)] : [];
  });
}

function nameIn(summary: TStorySummary, filter: TStoryListFilter, id: number): string | null {
  if (filter.kind === "column") return summary.content.column?.name ?? null;
  if (filter.kind === "section") return summary.content.section?.name ?? null;
  return summary.content.bylines.find((byline) => byline.contributorId === id)?.name ?? null;
}

export async function getStoryList(filter: TStoryListFilter, page: number, now: Date = new Date()): Promise<{ list: TStoryList | null; tags: string[] }> {
  // A story joining this list may come from a release that names only its issue: "latest" covers that.
  // `latest` is notified by every publish and unpublish, so the list needs no tag per story (each extra tag
  // costs time on every cache hit).
  const tags = [readerTags.latest()];
  const resolved = await resolveFilter(filter);
  if (!resolved) return { list: null, tags };
  tags.push(
    filter.kind === "column" ? readerTags.column(resolved.id) : filter.kind === "section" ? readerTags.section(resolved.id) : readerTags.byline(resolved.id),
  );
  const { total, ids } = await listPage(resolved.where, now, (page - 1) * STORIES_PER_PAGE, STORIES_PER_PAGE);
  const pageCount = Math.ceil(total / STORIES_PER_PAGE);
  if (total === 0 || page > pageCount) return { list: null, tags };
  const stories = await summariesOf(ids);
  const newest = page === 1 ? stories[0] : (await summariesOf((await listPage(resolved.where, now, 0, 1)).ids))[0];
  const name = (newest && nameIn(newest, filter, resolved.id)) ?? "";
  return { list: { name, id: resolved.id, stories, page, pageCount, total }, tags };
}

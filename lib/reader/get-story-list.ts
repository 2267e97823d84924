// Published stories of one 栏目, section or byline, newest first, paginated. A column, section or person
// with no visible story does not exist for readers (a draft must not reveal even a name).
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { newestFirst, storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { visibleSnapshotWhere } from "./visibility";

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

async function resolveFilter(filter: TStoryListFilter): Promise<{ id: number; where: Prisma.ArticleSnapshotWhereInput } | null> {
  const db = getDb();
  if (filter.kind === "byline") return { id: filter.contributorId, where: { contributorIds: { has: filter.contributorId } } };
  const row =
    filter.kind === "column"
      ? await db.column.findUnique({ where: { slug: filter.slug }, select: { id: true } })
      : await db.section.findUnique({ where: { slug: filter.slug }, select: { id: true } });
  if (!row) return null;
  return { id: row.id, where: filter.kind === "column" ? { columnId: row.id } : { sectionId: row.id } };
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
  const db = getDb();
  const where = { AND: [resolved.where, visibleSnapshotWhere(now)] };
  const total = await db.articleSnapshot.count({ where });
  const pageCount = Math.ceil(total / STORIES_PER_PAGE);
  if (total === 0 || page > pageCount) return { list: null, tags };
  const rows = await db.articleSnapshot.findMany({
    where,
    select: storySummarySelect,
    orderBy: newestFirst,
    skip: (page - 1) * STORIES_PER_PAGE,
    take: STORIES_PER_PAGE,
  });
  const stories = rows.map(toStorySummary);
  const newest =
    page === 1 ? stories[0] : toStorySummary(await db.articleSnapshot.findFirstOrThrow({ where, select: storySummarySelect, orderBy: newestFirst }));
  const name = (newest && nameIn(newest, filter, resolved.id)) ?? "";
  return { list: { name, id: resolved.id, stories, page, pageCount, total }, tags };
}

// The newsroom's story list: by issue and page (print order), web-only stories apart, with status, last
// editor and time. Filters by issue date (one day or a range), section, 栏目, byline, status and a search
// query over the working drafts (lib/search tokens), all in the query, a hundred stories a page.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { issueDateFromDb, issueDateToDb, ZIssueDate } from "@/lib/issues/issue-date";
import { buildTsquery } from "@/lib/search/tokens";
import { EDITORIAL_STATUSES, editorialStatus, type TEditorialStatus } from "./status";

export const NEWSROOM_PAGE_SIZE = 100;
/**
 * Counting stops here: a common search word matches most of a ten-year archive, and reading every match to
 * count it took seconds. Past the cap the list says so and pages through the most recently edited stories.
 */
export const NEWSROOM_COUNT_CAP = 1_000;

export const ZNewsroomFilter = z.object({
  date: ZIssueDate.optional().catch(undefined),
  from: ZIssueDate.optional().catch(undefined),
  to: ZIssueDate.optional().catch(undefined),
  /** Search words over headline parts, 电头 and body of the working draft (every term must match). */
  q: z.string().trim().max(100).optional().catch(undefined),
  column: z.string().trim().max(60).optional().catch(undefined),
  byline: z.string().trim().max(40).optional().catch(undefined),
  section: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  status: z.enum(EDITORIAL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TNewsroomFilter = z.infer<typeof ZNewsroomFilter>;

export interface TNewsroomRow {
  id: number;
  headline: string;
  kind: string;
  status: TEditorialStatus;
  updatedAt: string;
  updatedBy: string | null;
  charCount: number;
  pages: number[];
}

export interface TNewsroomGroup {
  key: string;
  issueDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
  rows: TNewsroomRow[];
}

export interface TNewsroomList {
  groups: TNewsroomGroup[];
  page: number;
  pageCount: number;
  /** How many stories match, up to NEWSROOM_COUNT_CAP. */
  total: number;
  /** More than NEWSROOM_COUNT_CAP match: `total` is the cap and only that many can be paged through. */
  capped: boolean;
}

/**
 * The filter as SQL: every condition is decided by the database, so no page of results is incomplete.
 * `walk`: many stories match, so the search condition is checked row by row while the newest edits are
 * walked in order (`IS TRUE` keeps PostgreSQL from gathering every match from the search index first).
 */
function filterSql(filter: TNewsroomFilter, walk = false): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.section) conditions.push(Prisma.sql`a."sectionId" = ${filter.section}`);
  if (filter.date) conditions.push(Prisma.sql`i."date" = ${issueDateToDb(filter.date)}::date`);
  if (filter.from) conditions.push(Prisma.sql`i."date" >= ${issueDateToDb(filter.from)}::date`);
  if (filter.to) conditions.push(Prisma.sql`i."date" <= ${issueDateToDb(filter.to)}::date`);
  if (filter.column) conditions.push(Prisma.sql`a."columnId" IN (SELECT "id" FROM "Column" WHERE "name" = ${filter.column})`);
  if (filter.byline) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Byline" b JOIN "Contributor" c ON c."id" = b."contributorId"
      WHERE b."articleId" = a."id" AND c."name" = ${filter.byline})`);
  }
  if (filter.q) {
    // A query of punctuation only searches for nothing, so it finds nothing.
    const tsquery = buildTsquery(filter.q);
    const matches = Prisma.sql`a."searchVector" @@ to_tsquery('simple', ${tsquery})`;
    conditions.push(tsquery ? (walk ? Prisma.sql`(${matches}) IS TRUE` : matches) : Prisma.sql`FALSE`);
  }
  if (filter.status === "draft") conditions.push(Prisma.sql`a."liveSnapshotId" IS NULL`);
  if (filter.status === "published") conditions.push(Prisma.sql`s."version" = a."version"`);
  if (filter.status === "changed") conditions.push(Prisma.sql`s."version" <> a."version"`);
  return Prisma.join(conditions, " AND ");
}

export async function listNewsroomArticles(filter: TNewsroomFilter, countCap: number = NEWSROOM_COUNT_CAP): Promise<TNewsroomList> {
  const db = getDb();
  const fromWhere = (walk: boolean) => Prisma.sql`FROM "Article" a
    LEFT JOIN "ArticleSnapshot" s ON s."id" = a."liveSnapshotId"
    LEFT JOIN "ArticlePlacement" p ON p."articleId" = a."id" AND p."sequence" = 0
    LEFT JOIN "Page" pg ON pg."id" = p."pageId"
    LEFT JOIN "Issue" i ON i."id" = pg."issueId"
    WHERE ${filterSql(filter, walk)}`;
  const from = fromWhere(false);
  const [counted] = await db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total
    FROM (SELECT 1 ${from} LIMIT ${countCap + 1}) AS "matches"`;
  const capped = (counted?.total ?? 0) > countCap;
  const total = Math.min(counted?.total ?? 0, countCap);
  const pageCount = Math.max(1, Math.ceil(total / NEWSROOM_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const ids = await db.$queryRaw<Array<{ id: number }>>`SELECT a."id" ${fromWhere(capped)}
    ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT ${NEWSROOM_PAGE_SIZE} OFFSET ${(page - 1) * NEWSROOM_PAGE_SIZE}`;
  const articles = await db.article.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: {
      liveSnapshot: { select: { version: true } },
      updatedBy: { select: { name: true, email: true } },
      placements: { include: { page: { include: { issue: true } } }, orderBy: { sequence: "asc" } },
    },
  });

  const groups = new Map<string, TNewsroomGroup & { sortKey: string; positions: Map<number, number> }>();
  for (const article of articles) {
    const start = article.placements[0];
    const issueDate = start ? issueDateFromDb(start.page.issue.date) : null;
    const key = start ? `${issueDate}/${start.page.number}` : "web";
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        issueDate,
        pageNumber: start?.page.number ?? null,
        pageName: start?.page.name ?? null,
        rows: [],
        // Newest issues first, pages in order, web-only stories last.
        sortKey: start ? `0-${9999_99_99 - Number(issueDate?.replaceAll("-", ""))}-${String(start.page.number).padStart(4, "0")}` : "1",
        positions: new Map(),
      };
      groups.set(key, group);
    }
    group.positions.set(article.id, start?.position ?? 0);
    group.rows.push({
      id: article.id,
      headline: article.headline,
      kind: article.kind,
      status: editorialStatus(article),
      updatedAt: article.updatedAt.toISOString(),
      updatedBy: article.updatedBy ? (article.updatedBy.name ?? article.updatedBy.email) : article.origin === "import" ? "导入" : null,
      charCount: article.charCount,
      pages: article.placements.map((placement) => placement.page.number),
    });
  }
  const sorted = [...groups.values()]
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    .map(({ sortKey: _sortKey, positions, ...group }) => ({
      ...group,
      rows: group.key === "web" ? group.rows : group.rows.sort((a, b) => (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0)),
    }));
  return { groups: sorted, page, pageCount, total, capped };
}

export async function listPlacementChoices() {
  const pages = await getDb().page.findMany({
    include: { issue: true },
    orderBy: [{ issue: { date: "desc" } }, { number: "asc" }],
    take: 300,
  });
  return pages.map((page) => ({ id: page.id, label: `${issueDateFromDb(page.issue.date)} 第${page.number}版${page.name ? ` ${page.name}` : ""}` }));
}

export async function listEditorChoices() {
  const db = getDb();
  const [sections, columns, contributors] = await Promise.all([
    // Hidden sections and columns, deactivated and merged people are no longer offered (stories keep them).
    db.section.findMany({ where: { hiddenAt: null }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.column.findMany({ where: { hiddenAt: null }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.contributor.findMany({ where: { deactivatedAt: null, mergedIntoId: null }, orderBy: { name: "asc" }, take: 2000 }),
  ]);
  return {
    sections: sections.map((section) => ({ id: section.id, name: section.name })),
    columns: columns.map((column) => column.name),
    contributors: contributors.map((contributor) => ({
      id: contributor.id,
      name: contributor.name,
      affiliation: contributor.affiliation,
      defaultRole: contributor.defaultRole,
    })),
  };
}

// Readers' search over the published archive: only snapshots the visibility rule allows, ranked in the
// database (headline parts, then 栏目/bylines, then body; newer first on a tie) or by date, with filters.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { readerPaths } from "@/lib/reader-change/urls";
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP, type TSearchFilters } from "./search-params";
import { buildTsquery, queryTerms } from "./tokens";

export interface TSearchHit {
  articleId: number;
  href: string;
  content: TArticleContent;
  /** The date readers know the story by (issue date, or the day it went online). */
  date: string;
  plainText: string;
}

export interface TSearchResults {
  hits: TSearchHit[];
  /** Matches, counted up to SEARCH_RESULT_CAP; `capped` when there are more. */
  total: number;
  capped: boolean;
  page: number;
  pageCount: number;
  terms: string[];
}

function filterSql(filters: TSearchFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.from) conditions.push(Prisma.sql`s."searchDate" >= ${issueDateToDb(filters.from)}::date`);
  if (filters.to) conditions.push(Prisma.sql`s."searchDate" <= ${issueDateToDb(filters.to)}::date`);
  if (filters.section)
    conditions.push(Prisma.sql`s."sectionId" IN (SELECT "id" FROM "Section" WHERE "slug" = ${filters.section} OR "name" = ${filters.section})`);
  if (filters.column) conditions.push(Prisma.sql`s."columnId" IN (SELECT "id" FROM "Column" WHERE "slug" = ${filters.column} OR "name" = ${filters.column})`);
  // The byline filter follows the person (merges and renames included), not the name as once printed.
  if (filters.byline) conditions.push(Prisma.sql`s."contributorIds" && ARRAY(SELECT "id" FROM "Contributor" WHERE "name" = ${filters.byline})`);
  return conditions;
}

async function ids(where: Prisma.Sql, order: Prisma.Sql, offset: number, limit: number): Promise<number[]> {
  if (limit <= 0) return [];
  const rows = await getDb().$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.id);
}

async function countUpTo(where: Prisma.Sql, cap: number): Promise<number> {
  const [row] = await getDb().$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM (
    SELECT 1 FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${cap}) AS matches`;
  return row?.total ?? 0;
}

/**
 * Null when the query holds nothing searchable (punctuation only); the caller says so to the reader.
 * Relevance is two tiers — every term in the headline parts, 栏目 or bylines (headline hits first), then the
 * rest — each newest first. Both tiers and the date order can be read off the date index when a term is
 * common, or from the GIN index when it is rare, without ranking every match.
 */
export async function searchArticles(query: string, filters: TSearchFilters, now: Date = new Date()): Promise<TSearchResults | null> {
  const tsquery = buildTsquery(query);
  const titleQuery = buildTsquery(query, "A");
  if (!tsquery || !titleQuery) return null;
  const matches = Prisma.sql`to_tsquery('simple', ${tsquery})`;
  const base = [visibleSnapshotSql("s", now), ...filterSql(filters)];
  const where = Prisma.join([Prisma.sql`s."searchVector" @@ ${matches}`, ...base], " AND ");
  const matched = await countUpTo(where, SEARCH_RESULT_CAP + 1);
  const capped = matched > SEARCH_RESULT_CAP;
  const total = Math.min(matched, SEARCH_RESULT_CAP);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const newest = Prisma.sql`s."searchDate" DESC, s."id" DESC`;
  let pageIds: number[] = [];
  if (total > 0 && filters.sort === "date") {
    pageIds = await ids(where, newest, offset, SEARCH_PAGE_SIZE);
  } else if (total > 0) {
    const headWhere = Prisma.join([Prisma.sql`s."searchHead" @@ ${matches}`, ...base], " AND ");
    const bodyWhere = Prisma.join(
      [Prisma.sql`s."searchVector" @@ ${matches}`, Prisma.sql`NOT coalesce(s."searchHead" @@ ${matches}, false)`, ...base],
      " AND ",
    );
    const headCount = await countUpTo(headWhere, SEARCH_RESULT_CAP);
    const headOrder = Prisma.sql`(s."searchHead" @@ to_tsquery('simple', ${titleQuery})) DESC, ${newest}`;
    pageIds = await ids(headWhere, headOrder, offset, Math.min(SEARCH_PAGE_SIZE, headCount - offset));
    pageIds.push(...(await ids(bodyWhere, newest, Math.max(0, offset - headCount), SEARCH_PAGE_SIZE - pageIds.length)));
  }
  const rows = pageIds.map((id) => ({ id }));
  const db = getDb();
  const snapshots = await db.articleSnapshot.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: { id: true, articleId: true, content: true, plainText: true, searchDate: true, publishedAt: true },
  });
  const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
  const hits = rows.flatMap((row) => {
    const snapshot = byId.get(row.id);
    if (!snapshot) return [];
    const content = ZArticleContent.parse(snapshot.content);
    return [
      {
        articleId: snapshot.articleId,
        href: readerPaths.article(snapshot.articleId, content.headline),
        content,
        date: issueDateFromDb(snapshot.searchDate ?? snapshot.publishedAt),
        plainText: snapshot.plainText,
      },
    ];
  });
  return { hits, total, capped, page, pageCount, terms: queryTerms(query) };
}

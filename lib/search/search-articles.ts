// Readers' search over the published archive: only snapshots the visibility rule allows, ranked in the
// database (matches in headline parts, 栏目 or bylines before matches in the body only; newer first within
// each) or by date, with filters.
import "server-only";
import type { z } from "zod";
import { ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { readerPaths } from "@/lib/reader-change/urls";
import { broadenQuery } from "./broaden-query";
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP, type TSearchFilters } from "./search-params";
import { buildTsquery, queryTerms } from "./tokens";

const ZSearchHitContent = ZArticleContent.omit({ body: true });

export interface TSearchHit {
  articleId: number;
  href: string;
  /** The published content without its body document (the snippet comes from `plainText`). */
  content: z.infer<typeof ZSearchHitContent>;
  /** The date readers know the story by (issue date, or the day it went online). */
  date: string;
  plainText: string;
}

export interface TSearchResults {
  hits: TSearchHit[];
  /** Matches, counted up to SEARCH_RESULT_CAP; `capped` when there are more. */
  total: number;
  /** Set when nothing matched as written and these words (each anywhere in a story) were searched instead. */
  broadenedTo?: string;
  /** False when `total` counts stories holding the query's character pairs, not necessarily side by side. */
  exact: boolean;
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

/** Above this many candidates a term is common: walk the date index newest first instead of ranking every match. */
const COMMON = 200;

async function ids(where: Prisma.Sql, offset: number, limit: number, walkByDate: boolean): Promise<number[]> {
  if (limit <= 0) return [];
  const db = getDb();
  const select = db.$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where}
    ORDER BY s."searchDate" DESC, s."id" DESC LIMIT ${limit} OFFSET ${offset}`;
  // PostgreSQL underestimates how many stories hold a phrase and would check every one of them (reading
  // each body's vector) before sorting; for a common term, ten matches are found within the newest few
  // hundred stories, so it walks the date index instead.
  const rows = walkByDate
    ? (await db.$transaction([db.$executeRaw`SET LOCAL enable_bitmapscan = off`, db.$executeRaw`SET LOCAL enable_seqscan = off`, select]))[2]
    : await select;
  return rows.map((row) => row.id);
}

async function countUpTo(where: Prisma.Sql, cap: number): Promise<number> {
  const [row] = await getDb().$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM (
    SELECT 1 FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${cap}) AS matches`;
  return row?.total ?? 0;
}

/**
 * Null when the query holds nothing searchable (punctuation only); the caller says so to the reader.
 * Relevance is two tiers — every term in the headline parts, 栏目 or bylines first, then the rest — each
 * newest first, so neither needs every match ranked. The total counts stories holding every character pair
 * of the query (answered by the index alone); it is exact unless a term is longer than two characters.
 */
export async function searchArticles(query: string, filters: TSearchFilters, now: Date = new Date()): Promise<TSearchResults | null> {
  const results = await searchAsWritten(query, filters, now);
  const broader = results?.total === 0 ? broadenQuery(query) : null;
  if (!broader) return results;
  const broadened = await searchAsWritten(broader, filters, now);
  return broadened && broadened.total > 0 ? { ...broadened, broadenedTo: broader } : results;
}

async function searchAsWritten(query: string, filters: TSearchFilters, now: Date): Promise<TSearchResults | null> {
  const phrase = buildTsquery(query);
  const lexemes = buildTsquery(query, "", "lexemes");
  if (!phrase || !lexemes) return null;
  const matches = Prisma.sql`to_tsquery('simple', ${phrase})`;
  const base = [visibleSnapshotSql("s", now), ...filterSql(filters)];
  const candidates = await countUpTo(Prisma.join([Prisma.sql`s."searchVector" @@ to_tsquery('simple', ${lexemes})`, ...base], " AND "), SEARCH_RESULT_CAP + 1);
  const capped = candidates > SEARCH_RESULT_CAP;
  const total = Math.min(candidates, SEARCH_RESULT_CAP);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const where = Prisma.join([Prisma.sql`s."searchVector" @@ ${matches}`, ...base], " AND ");
  let pageIds: number[] = [];
  if (total > 0 && filters.sort === "date") {
    pageIds = await ids(where, offset, SEARCH_PAGE_SIZE, candidates > COMMON);
  } else if (total > 0) {
    // The headline vector is small and kept in the row: counting its matches reads no body.
    const headWhere = Prisma.join([Prisma.sql`s."searchHead" @@ ${matches}`, ...base], " AND ");
    const bodyWhere = Prisma.join(
      [Prisma.sql`s."searchVector" @@ ${matches}`, Prisma.sql`NOT coalesce(s."searchHead" @@ ${matches}, false)`, ...base],
      " AND ",
    );
    // On the first page the headline tier's own length tells where the body tier starts; later pages count it.
    const headCount = offset === 0 ? null : await countUpTo(headWhere, SEARCH_RESULT_CAP);
    const headLimit = headCount === null ? SEARCH_PAGE_SIZE : Math.min(SEARCH_PAGE_SIZE, headCount - offset);
    // Headline vectors sit in the row, so even a wrong guess by the planner costs little here.
    pageIds = await ids(headWhere, offset, headLimit, false);
    const bodyOffset = headCount === null ? 0 : Math.max(0, offset - headCount);
    pageIds.push(...(await ids(bodyWhere, bodyOffset, SEARCH_PAGE_SIZE - pageIds.length, candidates > COMMON)));
  }
  // A result needs the story's headline parts, bylines, 栏目 and placement, not its body document.
  const snapshots =
    pageIds.length === 0
      ? []
      : await getDb().$queryRaw<Array<{ id: number; articleId: number; content: unknown; plainText: string; searchDate: Date | null; publishedAt: Date }>>`
          SELECT s."id", s."articleId", s."content" - 'body' AS "content", s."plainText", s."searchDate", s."publishedAt"
          FROM "ArticleSnapshot" s WHERE s."id" IN (${Prisma.join(pageIds)})`;
  const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
  const hits = pageIds.flatMap((id) => {
    const snapshot = byId.get(id);
    if (!snapshot) return [];
    const content = ZSearchHitContent.parse(snapshot.content);
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
  return { hits, total, exact: phrase === lexemes || !phrase.includes("<"), capped, page, pageCount, terms: queryTerms(query) };
}

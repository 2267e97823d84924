// Readers' search over the published archive: only snapshots the visibility rule allows, ranked
// (matches in headline parts, 栏目 or bylines before matches in the body only; then dictionary words in the
// headline; newer first) or by date, with filters. The work is bounded by SEARCH_RESULT_CAP candidates
// from the GIN index, whatever the archive's length; a story's large body vector is read only to check a
// phrase, and only as far as the page shown needs.
import "server-only";
import type { z } from "zod";
import { ZArticleContent } from "@/lib/content/article-content";
import { Prisma } from "@/lib/db/generated/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { readerPaths } from "@/lib/reader-change/urls";
import { broadenQuery } from "./broaden-query";
import { estimateCommonTerms, estimateHeadlineShare } from "./pair-statistics";
import { dictionaryWords } from "./query-words";
import {
  countUpTo,
  estimatedMatches,
  HEAD_WINDOW,
  lexemeCandidates,
  newestMatches,
  phraseMatches,
  readSearchRows,
  type TCandidate,
  tsquery,
  twoTiersByDate,
} from "./search-candidates";
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP, type TSearchFilters } from "./search-params";
import { buildTsquery, queryTerms, termToTsquery } from "./tokens";

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

/**
 * More than SEARCH_RESULT_CAP stories hold the query's pairs: two tiers (every term in the headline parts
 * first, then the rest), each newest first, read along the date index so that no tier ranks every match.
 */
async function commonTermPage(
  phrase: string,
  unfilteredTerms: string[] | null,
  base: Prisma.Sql[],
  sort: TSearchFilters["sort"],
  offset: number,
): Promise<number[]> {
  const matches = tsquery(phrase);
  // The match as a value, worked out row by row along the date order (see newestMatches).
  const inBody = Prisma.sql`(s."searchVector" @@ ${matches}) IS TRUE`;
  if (sort === "date") return newestMatches(inBody, base, offset, SEARCH_PAGE_SIZE);
  const headHit = Prisma.sql`(s."searchHead" @@ ${matches}) IS TRUE`;
  const bodyHit = Prisma.sql`${inBody} AND NOT coalesce(s."searchHead" @@ ${matches}, false)`;
  // The same as a condition the headline index can answer.
  const headIndexed = Prisma.sql`s."searchHead" @@ ${matches}`;
  if (offset === 0) {
    // The headline tier looks among the newest stories only when they are likely to hold a page of
    // headline matches; with filters, or terms the statistics cannot judge, always.
    const headShare = unfilteredTerms ? await estimateHeadlineShare(unfilteredTerms) : null;
    const headWindow = headShare === null || headShare * HEAD_WINDOW >= SEARCH_PAGE_SIZE;
    return twoTiersByDate({ headHit, headIndexed, bodyHit }, base, SEARCH_PAGE_SIZE, headWindow);
  }
  // Later pages need the headline tier's length to know where the body tier starts.
  const headCount = await countUpTo(Prisma.join([headIndexed, ...base], " AND "), SEARCH_RESULT_CAP);
  const ids = await newestMatches(headHit, base, offset, Math.min(SEARCH_PAGE_SIZE, headCount - offset), headIndexed);
  ids.push(...(await newestMatches(bodyHit, base, Math.max(0, offset - headCount), SEARCH_PAGE_SIZE - ids.length)));
  return ids;
}

/**
 * Null when the query holds nothing searchable (punctuation only); the caller says so to the reader.
 * Relevance is two tiers — every term in the headline parts, 栏目 or bylines first, then the rest — and
 * within each, when every candidate is at hand (at most SEARCH_RESULT_CAP), the stories with most of the
 * query's dictionary words in their headline parts first (query-words.ts: ranking only, never matching),
 * then newest first. The total counts stories holding every character pair of the query (answered by the
 * index alone); it is exact unless a term is longer than two characters.
 */
export async function searchArticles(query: string, filters: TSearchFilters, now: Date = new Date()): Promise<TSearchResults | null> {
  const results = await searchAsWritten(query, filters, now);
  const broader = results?.total === 0 ? broadenQuery(query) : null;
  if (!broader) return results;
  const broadened = await searchAsWritten(broader, filters, now);
  return broadened && broadened.total > 0 ? { ...broadened, broadenedTo: broader } : results;
}

/** Above this estimate a query is not counted (see searchAsWritten). */
const COMMON_ESTIMATE = 4 * SEARCH_RESULT_CAP;

const byRelevance = (a: TCandidate, b: TCandidate) =>
  Number(b.head) - Number(a.head) || b.words - a.words || b.date.getTime() - a.date.getTime() || b.id - a.id;
const byDate = (a: TCandidate, b: TCandidate) => b.date.getTime() - a.date.getTime() || b.id - a.id;

async function searchAsWritten(query: string, filters: TSearchFilters, now: Date, trustEstimate = true): Promise<TSearchResults | null> {
  const phrase = buildTsquery(query);
  const lexemes = buildTsquery(query, "", "lexemes");
  if (!phrase || !lexemes) return null;
  // Only a term of three characters or more needs its pairs side by side; shorter ones are exact already.
  const needsPhraseCheck = phrase.includes("<");
  const terms = queryTerms(query);
  const words = dictionaryWords(query).flatMap((word) => termToTsquery(word) ?? []);
  const filtering = filterSql(filters);
  const base = [visibleSnapshotSql("s", now), ...filtering];
  // A term in tens of thousands of stories would make the GIN index read all of their entries just to count
  // past the cap (35 ms for 晋中 at 138,000 stories): when PostgreSQL's estimate (low rather than high for
  // pairs that go together) is far above the cap, the count is taken as "more than the cap" without it.
  // Without filters, the pairs' own statistics estimate a query of common words far better (pair-statistics.ts).
  const fromPairs = trustEstimate && filtering.length === 0 ? await estimateCommonTerms(terms) : null;
  const common =
    trustEstimate &&
    (fromPairs ?? (await estimatedMatches(Prisma.join([Prisma.sql`s."searchVector" @@ ${tsquery(lexemes)}`, ...base], " AND ")))) >= COMMON_ESTIMATE;
  const candidates = common ? [] : await lexemeCandidates(lexemes, phrase, words, base, SEARCH_RESULT_CAP + 1);
  // One common word in a headline (社区 of 社区食堂) says little: only most of the query's words count.
  for (const candidate of candidates) if (candidate.words * 2 <= words.length) candidate.words = 0;
  const capped = common || candidates.length > SEARCH_RESULT_CAP;
  const total = capped ? SEARCH_RESULT_CAP : candidates.length;
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  let pageIds: number[] = [];
  if (total > 0 && !capped) {
    // Every candidate is at hand: rank them all (headline first, then the dictionary words found in the
    // headline, then newest) and check the phrase only as far down as this page needs.
    const ordered = candidates.sort(filters.sort === "date" ? byDate : byRelevance);
    const matching = needsPhraseCheck
      ? await phraseMatches(
          ordered.map((candidate) => candidate.id),
          phrase,
          offset + SEARCH_PAGE_SIZE,
        )
      : ordered.map((candidate) => candidate.id);
    pageIds = matching.slice(offset, offset + SEARCH_PAGE_SIZE);
  } else if (capped) {
    pageIds = await commonTermPage(phrase, filtering.length === 0 ? terms : null, base, filters.sort, offset);
    // Fewer than a page where the estimate promised thousands: count after all.
    if (common && pageIds.length < SEARCH_PAGE_SIZE) return searchAsWritten(query, filters, now, false);
  }
  // A result needs the story's headline parts, bylines, 栏目 and placement, not its body document.
  const snapshots =
    pageIds.length === 0
      ? []
      : await readSearchRows<{ id: number; articleId: number; content: unknown; plainText: string; searchDate: Date | null; publishedAt: Date }>(Prisma.sql`
          SELECT s."id", s."articleId", s."content" - 'body' AS "content", s."plainText", s."searchDate", s."publishedAt"
          FROM "ArticleSnapshot" s WHERE s."id" IN (${Prisma.join(pageIds)})`);
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
  return { hits, total, exact: !needsPhraseCheck, capped, page, pageCount, terms };
}

// The SQL behind searchArticles(): the candidates from the GIN index, the phrase check of a few of them,
// and the date-ordered walk for common terms. Queries are passed as tsquery literals (`'耿新' <-> '新洲'`,
// built by tokens.ts from already normalised tokens), so PostgreSQL parses each once per statement instead
// of once per row as to_tsquery() in a filter would.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";

/**
 * Every search statement is planned for its values each time (readRows' planEachTime): how common its words
 * are decides the plan, and its text varies with them.
 */
export function readSearchRows<TRow>(sql: Prisma.Sql): Promise<TRow[]> {
  return readRows<TRow>(sql, { planEachTime: true });
}

export interface TCandidate {
  id: number;
  date: Date;
  /** Every term, as written, in the headline parts, 栏目, 电头 or bylines. */
  head: boolean;
  /** How many of the query's dictionary words are in the headline parts (ranking only). */
  words: number;
}

export const tsquery = (query: string) => Prisma.sql`${query}::tsquery`;

/**
 * Stories holding every character pair of the query (the GIN index answers this without reading any
 * story's vector), up to `limit`, with what ranking needs from the row itself: its date and the small
 * headline vector kept in the row.
 */
export async function lexemeCandidates(lexemes: string, phrase: string, words: string[], base: Prisma.Sql[], limit: number): Promise<TCandidate[]> {
  const score =
    words.length === 0
      ? Prisma.sql`0`
      : Prisma.join(
          words.map((word) => Prisma.sql`coalesce(s."searchHead" @@ ${tsquery(word)}, false)::int`),
          " + ",
        );
  const where = Prisma.join([Prisma.sql`s."searchVector" @@ ${tsquery(lexemes)}`, ...base], " AND ");
  return readSearchRows<TCandidate>(Prisma.sql`SELECT s."id", s."searchDate" AS "date",
      coalesce(s."searchHead" @@ ${tsquery(phrase)}, false) AS "head", (${score})::int AS "words"
    FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${limit}`);
}

/**
 * PostgreSQL's own estimate of how many stories match, from its statistics of the vectors (planning only,
 * nothing read). It multiplies the pairs' frequencies as if they were independent, though a word's pairs
 * go together, so for a query of several pairs it is low rather than high.
 */
export async function estimatedMatches(where: Prisma.Sql): Promise<number> {
  const [row] = await readSearchRows<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>(Prisma.sql`EXPLAIN (FORMAT JSON)
    SELECT 1 FROM "ArticleSnapshot" s WHERE ${where}`);
  return row?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0;
}

/** Of these candidates (in order), the ones holding the query as a phrase, until `wanted` are found. */
export async function phraseMatches(ordered: number[], phrase: string, wanted: number): Promise<number[]> {
  const found: number[] = [];
  let chunk = 20;
  for (let start = 0; start < ordered.length && found.length < wanted; start += chunk, chunk *= 2) {
    const ids = ordered.slice(start, start + chunk);
    // `IS TRUE` keeps PostgreSQL from reading the whole GIN posting lists again to AND them with the ids.
    const rows = await readSearchRows<{ id: number }>(Prisma.sql`SELECT s."id" FROM "ArticleSnapshot" s
      WHERE s."id" = ANY(${ids}::int[]) AND (s."searchVector" @@ ${tsquery(phrase)}) IS TRUE`);
    const matching = new Set(rows.map((row) => row.id));
    found.push(...ids.filter((id) => matching.has(id)));
  }
  return found;
}

/**
 * Snapshots matching `where`, newest first, as PostgreSQL plans it: what a window of the newest stories
 * (newestInWindow) could not fill. Its estimate for a phrase multiplies the pairs' frequencies, though
 * they go together, so for a common term it may check every candidate's body vector before sorting; the
 * windows keep that path for uncommon terms.
 */
async function idsByDate(where: Prisma.Sql, offset: number, limit: number): Promise<number[]> {
  if (limit <= 0) return [];
  const rows = await readSearchRows<{ id: number }>(Prisma.sql`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where}
    ORDER BY s."searchDate" DESC, s."id" DESC LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((row) => row.id);
}

/** How many of the newest stories page one's headline tier reads before it asks the headline index. */
export const HEAD_WINDOW = 2000;
/** How many of the newest stories a body tier reads before it leaves the choice to PostgreSQL. */
const BODY_WINDOW = 4000;

/**
 * The newest stories matching `base` (visibility and filters), at most `window` of them read in date order,
 * of which those where `hit` holds, newest first. `hit` is worked out in the inner query's select list, so
 * PostgreSQL cannot plan around it: it walks the date index (no estimate of a phrase can talk it into
 * checking every candidate's body vector before sorting) and stops as soon as the page is full.
 */
function newestInWindow(hit: Prisma.Sql, base: Prisma.Sql[], window: number, offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT w."id" FROM (SELECT s."id", s."searchDate", ${hit} AS "hit" FROM "ArticleSnapshot" s WHERE ${Prisma.join(base, " AND ")}
      ORDER BY s."searchDate" DESC, s."id" DESC LIMIT ${window}) w
    WHERE w."hit" ORDER BY w."searchDate" DESC, w."id" DESC LIMIT ${limit} OFFSET ${offset}`;
}

const where = (hit: Prisma.Sql, base: Prisma.Sql[]) => Prisma.join([hit, ...base], " AND ");

/**
 * A page of the stories where `hit` holds, newest first: from the newest BODY_WINDOW stories when they hold
 * enough of them (a common term), else as PostgreSQL plans `indexed` (the same condition in a form an
 * index may answer).
 */
export async function newestMatches(hit: Prisma.Sql, base: Prisma.Sql[], offset: number, limit: number, indexed = hit): Promise<number[]> {
  if (limit <= 0) return [];
  const rows = await readSearchRows<{ id: number }>(Prisma.sql`${newestInWindow(hit, base, BODY_WINDOW, offset, limit)}`);
  return rows.length === limit ? rows.map((row) => row.id) : idsByDate(where(indexed, base), offset, limit);
}

export interface TTiers {
  /** The query in the headline parts, as a value (checked row by row). */
  headHit: Prisma.Sql;
  /** The same as a condition the headline index answers. */
  headIndexed: Prisma.Sql;
  /** The query in the story but not in its headline parts, as a value. */
  bodyHit: Prisma.Sql;
}

/**
 * The first page of two tiers in one statement: up to `limit` of each, the headline tier (`headHit`) first,
 * then the body tier (`bodyHit`), each newest first. With `headWindow`, the headline tier is looked for
 * among the newest HEAD_WINDOW stories (their small in-row headline vectors); without it (the caller
 * expects fewer than `limit` there), the headline index answers at once: a rare headline phrase, where
 * PostgreSQL's estimate is far too low anyway, but a common one would make it fetch and sort every
 * headline match. The body tier is read from the newest BODY_WINDOW stories, and only as far as the page
 * is not yet full: with a page of headline matches it is never read. A tier that comes back short is asked
 * again without a window.
 */
export async function twoTiersByDate(tiers: TTiers, base: Prisma.Sql[], limit: number, headWindow: boolean): Promise<number[]> {
  const { headHit, headIndexed, bodyHit } = tiers;
  const headTier = headWindow
    ? newestInWindow(headHit, base, HEAD_WINDOW, 0, limit)
    : Prisma.sql`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where(headIndexed, base)} ORDER BY s."searchDate" DESC, s."id" DESC LIMIT ${limit}`;
  // The headline branch comes first and the LIMIT stops before the body branch once the page is full:
  // PostgreSQL's Append runs its branches in order. (A Parallel Append would not, but its setup cost rules
  // it out for two LIMIT 10 branches.)
  const rows = await readSearchRows<{ id: number; tier: number }>(Prisma.sql`
    SELECT "id", 0 AS "tier" FROM (${headTier}) head
    UNION ALL
    SELECT "id", 1 AS "tier" FROM (${newestInWindow(bodyHit, base, BODY_WINDOW, 0, limit)}) body
    LIMIT ${limit}`);
  const inHead = rows.filter((row) => row.tier === 0).map((row) => row.id);
  const inBody = rows.filter((row) => row.tier === 1).map((row) => row.id);
  const headIds = headWindow && inHead.length < limit ? await idsByDate(where(headIndexed, base), 0, limit) : inHead;
  const bodyIds = headIds.length + inBody.length < limit ? await idsByDate(where(bodyHit, base), 0, limit) : inBody;
  return [...headIds, ...bodyIds].slice(0, limit);
}

export async function countUpTo(where: Prisma.Sql, cap: number): Promise<number> {
  const [row] = await readSearchRows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total FROM (
    SELECT 1 FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${cap}) AS matches`);
  return row?.total ?? 0;
}

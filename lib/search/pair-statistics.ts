// How many stories a query's terms are in, estimated from PostgreSQL's own statistics of the story
// vectors (pg_stats' most common elements, which ANALYZE and autovacuum keep), without planning a query.
// PostgreSQL multiplies the frequencies of all a query's pairs as if they were independent, but a word's
// pairs go together: 养老保险's three pairs are each in 16 % of the stories, and together in 16 %, not
// 0.4 %. So 晋中 养老保险 was estimated at 370 stories (actually 15,491 of 138,567) and counted, the most
// expensive step of a search. Here a term counts as often as its rarest pair (it cannot be more frequent)
// and the terms are multiplied: 15,040 for that query. Only terms whose every pair is among the most
// common elements are estimated; for anything else (a rare pair, a lone character, letters or digits)
// this says nothing and PostgreSQL's estimate is used, as before.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { searchRuns } from "./tokens";

interface TColumnStatistics {
  /** The most common pairs and the share of stories holding each. */
  shares: Map<string, number>;
  /** The share of the least common of them: any pair not listed is at most this common. */
  floor: number;
}

interface TPairStatistics {
  /** Rows of the snapshot table, as the planner knows them. */
  rows: number;
  /** The whole story's vector, and the headline parts' (bylines, 栏目) alone. */
  searchVector: TColumnStatistics;
  searchHead: TColumnStatistics | null;
}

type TColumn = "searchVector" | "searchHead";

/** Statistics change only with ANALYZE: read again after this long. */
const REFRESH_MS = 10 * 60_000;
let cached: { at: number; statistics: Promise<TPairStatistics | null> } | null = null;

function columnStatistics(elements: string[] | null, frequencies: number[] | null): TColumnStatistics | null {
  if (!elements || !frequencies || elements.length === 0) return null;
  const shares = new Map<string, number>();
  elements.forEach((element, index) => {
    const share = frequencies[index];
    if (typeof share === "number") shares.set(element, share);
  });
  // For a tsvector, pg_stats appends the minimum and the maximum frequency after the elements' own.
  const floor = frequencies[elements.length] ?? Math.min(...shares.values());
  return { shares, floor };
}

async function readPairStatistics(): Promise<TPairStatistics | null> {
  const rows = await readRows<{ rows: number; column: TColumn | null; elements: string[] | null; shares: number[] | null }>(Prisma.sql`
    SELECT c."reltuples"::float8 AS "rows", st."attname"::text AS "column", st."most_common_elems"::text::text[] AS "elements",
      st."most_common_elem_freqs"::float8[] AS "shares"
    FROM pg_class c LEFT JOIN pg_stats st ON st."tablename" = 'ArticleSnapshot' AND st."attname" IN ('searchVector', 'searchHead')
      AND st."schemaname" = current_schema()
    WHERE c."oid" = '"ArticleSnapshot"'::regclass`);
  const of = (column: TColumn) => {
    const row = rows.find((candidate) => candidate.column === column);
    return row ? columnStatistics(row.elements, row.shares) : null;
  };
  const total = rows[0]?.rows ?? 0;
  const searchVector = of("searchVector");
  if (!searchVector || total <= 0) return null;
  return { rows: total, searchVector, searchHead: of("searchHead") };
}

function pairStatistics(now = Date.now()): Promise<TPairStatistics | null> {
  if (!cached || now - cached.at > REFRESH_MS) {
    const statistics = readPairStatistics().catch(() => null);
    cached = { at: now, statistics };
  }
  return cached.statistics;
}

/** A term's character pairs, or null when it is not made of CJK pairs only. */
function termPairs(term: string): string[] | null {
  const runs = searchRuns(term);
  if (runs.length === 0 || runs.some((run) => !run.cjk || [...run.text].length < 2)) return null;
  return runs.flatMap((run) => {
    const chars = [...run.text];
    return chars.slice(0, -1).map((char, index) => `${char}${chars[index + 1]}`);
  });
}

/** Estimated stories holding every term (the share of the rarest pair of each, multiplied), or null. */
export async function estimateCommonTerms(terms: readonly string[]): Promise<number | null> {
  const pairsOfTerms = terms.map(termPairs);
  if (pairsOfTerms.length === 0 || pairsOfTerms.some((pairs) => pairs === null)) return null;
  const statistics = await pairStatistics();
  if (!statistics) return null;
  let share = 1;
  for (const pairs of pairsOfTerms as string[][]) {
    const known = pairs.map((pair) => statistics.searchVector.shares.get(pair));
    if (known.some((value) => value === undefined)) return null;
    share *= Math.min(...(known as number[]));
  }
  return share * statistics.rows;
}

/**
 * The share of stories estimated to hold every term in their headline parts, 栏目 or bylines, as above (a
 * pair not among the most common counts as common as the least common of them). Terms of one story's
 * headline go together too, so this is low rather than high. Null when a term is not made of CJK pairs or
 * there are no statistics.
 */
export async function estimateHeadlineShare(terms: readonly string[]): Promise<number | null> {
  const pairsOfTerms = terms.map(termPairs);
  if (pairsOfTerms.length === 0 || pairsOfTerms.some((pairs) => pairs === null)) return null;
  const head = (await pairStatistics())?.searchHead;
  if (!head) return null;
  let share = 1;
  for (const pairs of pairsOfTerms as string[][]) share *= Math.min(...pairs.map((pair) => head.shares.get(pair) ?? head.floor));
  return share;
}

/** Forgets the statistics read so far (tests that ANALYZE a table they just filled). */
export function forgetPairStatistics(): void {
  cached = null;
}

// The SQL behind searchArticles(): the candidates from the GIN index, the phrase check of a few of them,
// and the date-ordered walk for common terms. Queries are passed as tsquery literals (`'耿新' <-> '新洲'`,
// built by tokens.ts from already normalised tokens), so PostgreSQL parses each once per statement instead
// of once per row as to_tsquery() in a filter would.
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

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
  return getDb().$queryRaw<TCandidate[]>`SELECT s."id", s."searchDate" AS "date",
      coalesce(s."searchHead" @@ ${tsquery(phrase)}, false) AS "head", (${score})::int AS "words"
    FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${limit}`;
}

/** Of these candidates (in order), the ones holding the query as a phrase, until `wanted` are found. */
export async function phraseMatches(ordered: number[], phrase: string, wanted: number): Promise<number[]> {
  const found: number[] = [];
  let chunk = 20;
  for (let start = 0; start < ordered.length && found.length < wanted; start += chunk, chunk *= 2) {
    const ids = ordered.slice(start, start + chunk);
    const rows = await getDb().$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s
      WHERE s."id" = ANY(${ids}::int[]) AND s."searchVector" @@ ${tsquery(phrase)}`;
    const matching = new Set(rows.map((row) => row.id));
    found.push(...ids.filter((id) => matching.has(id)));
  }
  return found;
}

/** Snapshots matching `where`, newest first; `walkByDate` makes PostgreSQL walk the date index (common terms). */
export async function idsByDate(where: Prisma.Sql, offset: number, limit: number, walkByDate: boolean): Promise<number[]> {
  if (limit <= 0) return [];
  const db = getDb();
  const select = db.$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where}
    ORDER BY s."searchDate" DESC, s."id" DESC LIMIT ${limit} OFFSET ${offset}`;
  // PostgreSQL underestimates how many stories hold a phrase (it multiplies the pairs' frequencies, which
  // go together) and would check every one of them, reading each body's vector, before sorting; for a
  // common term, ten matches are found within the newest few hundred stories, so it walks the date index.
  const rows = walkByDate
    ? (await db.$transaction([db.$executeRaw`SET LOCAL enable_bitmapscan = off`, db.$executeRaw`SET LOCAL enable_seqscan = off`, select]))[2]
    : await select;
  return rows.map((row) => row.id);
}

export async function countUpTo(where: Prisma.Sql, cap: number): Promise<number> {
  const [row] = await getDb().$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM (
    SELECT 1 FROM "ArticleSnapshot" s WHERE ${where} LIMIT ${cap}) AS matches`;
  return row?.total ?? 0;
}

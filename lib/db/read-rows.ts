// Hot read-only statements (readers' search, the reader's pages, lists and sitemaps) straight on the pool
// under the Prisma client. Prisma's $queryRaw costs about 0.7 ms of CPU per statement in the query engine's
// plumbing, on top of the round trip: half of what a search cost the app's one thread (npm run
// bench:search, bench:read, BENCHMARKS.md).
// Rows come back as node-postgres reads them, with dates as Prisma reads them (UTC midnight) and 64-bit
// integers as numbers; Date parameters go out as UTC instants. Never for writes: those go through Prisma, in transactions.
import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { getPool } from "./client";
import type { Prisma } from "./generated/client";

const DATE_OID = 1082;
const INT8_OID = 20;

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === DATE_OID) return (value: string) => new Date(`${value}T00:00:00.000Z`);
    if (oid === INT8_OID)
      return (value: string) => {
        const number = Number(value);
        if (!Number.isSafeInteger(number)) throw new Error(`readRows: ${value} is beyond a JavaScript number`);
        return number;
      };
    return pg.types.getTypeParser(oid, format ?? "text");
  }) as typeof pg.types.getTypeParser,
};

/**
 * A Date goes out as its UTC instant (as Prisma sends it): node-postgres would write it in the server's
 * local time, and `::date` on that drops the offset, a day early west of UTC.
 */
const parameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export interface TReadOptions {
  /**
   * Plan the statement for its values every time: search (readSearchRows(), lib/search/search-candidates.ts),
   * whose plan depends on how common its words are and whose text varies with them. Without it a statement is prepared once per pooled connection, named
   * after its text, and after a few runs PostgreSQL keeps one plan for it when that costs no more: planning
   * was 0.5–1.5 ms of a reader page's statements (BENCHMARKS.md).
   */
  planEachTime?: boolean;
}

/**
 * Statement names by text. Every reader statement's text is fixed by its code path: a few dozen in all.
 * Past this many, a statement whose text varies with its values must have lost its `planEachTime`; it is
 * then planned each time rather than left prepared on every connection, and the log says so once.
 */
export const MAX_PREPARED_TEXTS = 256;
const names = new Map<string, string>();
let warnedFull = false;

function nameOf(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size >= MAX_PREPARED_TEXTS) {
    if (!warnedFull) {
      warnedFull = true;
      console.warn(
        `readRows: more than ${MAX_PREPARED_TEXTS} statement texts; the others are planned each time. One whose text varies with its values should pass planEachTime: ${text.slice(0, 120)}`,
      );
    }
    return undefined;
  }
  const name = `read_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
  names.set(text, name);
  return name;
}

export async function readRows<TRow>(sql: Prisma.Sql, options: TReadOptions = {}): Promise<TRow[]> {
  const name = options.planEachTime ? undefined : nameOf(sql.text);
  const result = await getPool().query({ text: sql.text, values: sql.values.map(parameter), types, name });
  return result.rows as TRow[];
}

// Recomputes the search vectors of every published snapshot and working draft, in small batches by id,
// each its own short transaction: readers keep searching (old or new vectors, never none) and a writer
// waits at most for one batch's row locks. The triggers do the work, so the rules live in one place.
// Resumable: it starts after the cursor it is given and reports the cursor after every batch.
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

export const REINDEX_TABLES = ["ArticleSnapshot", "Article"] as const;
export type TReindexTable = (typeof REINDEX_TABLES)[number];

export interface TReindexCursor {
  table: TReindexTable;
  /** The last id done in that table. */
  afterId: number;
}

export interface TReindexProgress extends TReindexCursor {
  done: number;
  total: number;
}

export async function reindexSearch(
  options: { from?: TReindexCursor; batchSize?: number; onProgress?: (progress: TReindexProgress) => void | Promise<void> } = {},
) {
  const db = getDb();
  const batchSize = options.batchSize ?? 500;
  const startTable = options.from ? REINDEX_TABLES.indexOf(options.from.table) : 0;
  for (const table of REINDEX_TABLES.slice(startTable)) {
    const name = Prisma.raw(`"${table}"`);
    let afterId = options.from && table === options.from.table ? options.from.afterId : 0;
    const [counts] = await db.$queryRaw<Array<{ total: number; done: number }>>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE "id" <= ${afterId})::int AS done FROM ${name}`;
    let done = counts?.done ?? 0;
    const total = counts?.total ?? 0;
    for (;;) {
      // Setting a text column to itself fires the BEFORE UPDATE trigger that recomputes the vector.
      const rows = await db.$queryRaw<Array<{ id: number }>>`UPDATE ${name} SET "plainText" = "plainText"
        WHERE "id" IN (SELECT "id" FROM ${name} WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${batchSize}) RETURNING "id"`;
      if (rows.length === 0) break;
      afterId = Math.max(...rows.map((row) => row.id));
      done += rows.length;
      await options.onProgress?.({ table, afterId, done, total });
    }
  }
}

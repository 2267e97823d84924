// npm run search:reindex — rebuilds the search vectors of the whole archive (published snapshots, then
// working drafts) in batches, with a progress bar on stderr. Interrupted, it resumes where it stopped
// (the cursor is kept in .data/search-reindex.json); `-- --restart` starts over.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { REINDEX_TABLES, reindexSearch } from "@/lib/search/reindex-search";
import { runCli, UsageError } from "./run-cli";

const USAGE = "usage: npm run search:reindex [-- --restart] [-- --batch-size N]";
const STATE_FILE = path.resolve(process.env.SEARCH_REINDEX_STATE ?? path.join(".data", "search-reindex.json"));
const ZState = z.object({ database: z.string(), table: z.enum(REINDEX_TABLES), afterId: z.number().int().min(0) });

function parseArgs(argv: string[]) {
  let restart = false;
  let batchSize = 500;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === "--restart") restart = true;
    else if (arg === "--batch-size") {
      batchSize = Number(argv[++index]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new UsageError("--batch-size takes a number from 1 to 10000");
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return { restart, batchSize };
}

async function readState(database: string) {
  try {
    const state = ZState.parse(JSON.parse(await readFile(STATE_FILE, "utf8")));
    return state.database === database ? state : null;
  } catch {
    return null;
  }
}

function bar(done: number, total: number): string {
  const width = 30;
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
}

async function main() {
  const { restart, batchSize } = parseArgs(process.argv.slice(2));
  const database = await ensureDatabase();
  // The state names the database without its password.
  const key = database.url.replace(/\/\/[^@/]*@/, "//");
  try {
    const from = restart ? null : await readState(key);
    if (from) process.stderr.write(`Resuming after ${from.table} #${from.afterId}.\n`);
    await mkdir(path.dirname(STATE_FILE), { recursive: true });
    const started = Date.now();
    await reindexSearch({
      from: from ?? undefined,
      batchSize,
      onProgress: async (progress) => {
        await writeFile(STATE_FILE, JSON.stringify({ database: key, table: progress.table, afterId: progress.afterId }));
        process.stderr.write(`\r${progress.table.padEnd(16)} ${bar(progress.done, progress.total)} ${progress.done}/${progress.total}`);
      },
    });
    await rm(STATE_FILE, { force: true });
    process.stderr.write(`\nSearch index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

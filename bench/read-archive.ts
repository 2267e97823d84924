// bench:read — the database: the seeded paper (2025-12-20) after `days` generated daily issues (8 pages of
// 6–8 stories each, bench/archive-generator.ts), in an embedded PostgreSQL. The generated archive is
// kept as a template database (`archive_<days>`) in BENCH_ARCHIVE_DIR when it is set, and every run
// works on a fresh copy of it, so ten years are generated once and each run starts from the same state.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { disconnectDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase, type TEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";
import { seedPages } from "@/lib/import/seed-pages";
import { generateArchive } from "./archive-generator";

/** The day before the seeded issue: the generated archive ends there. */
const LAST_GENERATED_DAY = "2025-12-19";

export interface TBenchDatabase {
  url: string;
  root: string;
  stories: number;
  /** Seconds spent generating (0 when the kept archive was reused). */
  generatedSeconds: number;
  stop: () => Promise<void>;
}

function firstDay(days: number): string {
  return new Date(Date.parse(`${LAST_GENERATED_DAY}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function startBenchDatabase(days: number, log: (line: string) => void): Promise<TBenchDatabase> {
  const kept = process.env.BENCH_ARCHIVE_DIR ? path.resolve(process.env.BENCH_ARCHIVE_DIR) : null;
  const root = kept ?? (await mkdtemp(path.join(os.tmpdir(), "reader-bench-")));
  const port = await findFreePort();
  const start = () => startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port, user: "bench", password: "bench", database: "postgres_bench" });
  let database: TEmbeddedDatabase = await start();
  const base = `postgresql://bench:bench@127.0.0.1:${port}`;
  // pg_stat_statements: the cold phase lists the slowest statements it caused (loaded at server start).
  const preloaded = await withClient(
    `${base}/postgres`,
    async (client) => (await client.query("SHOW shared_preload_libraries")).rows[0]?.shared_preload_libraries,
  );
  if (!String(preloaded).includes("pg_stat_statements")) {
    await withClient(`${base}/postgres`, (client) => client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"));
    await database.stop();
    // The old server's socket and pid file may linger a moment after it stops.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    database = await start();
  }
  const template = `archive_${days}`;
  let generatedSeconds = 0;
  try {
    const exists = await withClient(
      `${base}/postgres`,
      async (client) => (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template])).rowCount === 1,
    );
    if (exists) log(`reusing the ${days}-day archive kept in ${root}`);
    else {
      // Built under another name and renamed once complete: an interrupted generation is never reused.
      const building = `${template}_building`;
      await withClient(`${base}/postgres`, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${building}"`);
        await client.query(`CREATE DATABASE "${building}"`);
      });
      const url = `${base}/${building}`;
      await runMigrations(url);
      log(`generating ${days} days of archive (8 pages × 6–8 stories a day)…`);
      const started = performance.now();
      let lastLine = 0;
      await withClient(url, (client) =>
        generateArchive(client, {
          startDate: firstDay(days),
          days,
          // Reader pages never read the search vectors; the tokenizer is most of what generating costs.
          searchIndex: "skip",
          onProgress: (done, total, stories) => {
            if (performance.now() - lastLine < 5000 && done < total) return;
            lastLine = performance.now();
            log(`  ${done}/${total} issues, ${stories} stories, ${((performance.now() - started) / 1000).toFixed(0)} s`);
          },
        }),
      );
      process.env.DATABASE_URL = url;
      await seedPages();
      await disconnectDb();
      await withClient(url, (client) => client.query("VACUUM ANALYZE"));
      await withClient(`${base}/postgres`, (client) => client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`));
      generatedSeconds = (performance.now() - started) / 1000;
      log(`  generated in ${generatedSeconds.toFixed(0)} s`);
    }
    // A fresh copy for this run (the runs publish, import and unpublish); new migrations apply to it.
    await withClient(`${base}/postgres`, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS newsroom`);
      await client.query(`CREATE DATABASE newsroom TEMPLATE "${template}" STRATEGY FILE_COPY`);
    });
    const url = `${base}/newsroom`;
    await runMigrations(url);
    await withClient(url, async (client) => {
      await client.query("ANALYZE");
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    });
    const stories = await withClient(url, async (client) => Number((await client.query(`SELECT count(*) AS n FROM "ArticleSnapshot"`)).rows[0]?.n));
    return {
      url,
      root,
      stories,
      generatedSeconds,
      async stop() {
        await disconnectDb();
        await database.stop();
        if (!kept) await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

export interface TSlowStatement {
  calls: number;
  meanMs: number;
  maxMs: number;
  query: string;
}

/** Forgets the statement statistics (before a phase whose statements are to be listed). */
export async function resetStatementStats(url: string): Promise<void> {
  await withClient(url, (client) => client.query("SELECT pg_stat_statements_reset()"));
}

/** Statements of this database whose slowest run took at least `minMs` since the last reset, slowest first. */
export async function slowStatements(url: string, minMs: number): Promise<TSlowStatement[]> {
  return withClient(url, async (client) => {
    const rows = await client.query<{ calls: string; mean: number; max: number; query: string }>(
      `SELECT calls, mean_exec_time AS mean, max_exec_time AS max, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND max_exec_time >= $1
          AND query NOT ILIKE '%pg_stat_statements%' ORDER BY max_exec_time DESC LIMIT 20`,
      [minMs],
    );
    return rows.rows.map((row) => ({ calls: Number(row.calls), meanMs: row.mean, maxMs: row.max, query: row.query.replace(/\s+/g, " ") }));
  });
}

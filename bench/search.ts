// npm run bench:search — search latency over a generated archive, next to a same-run ILIKE baseline.
//
// 1. starts its own embedded PostgreSQL (temp directory, free port), migrates it and generates
//    BENCH_SEARCH_DAYS daily issues (default 3650: ten years × 8 pages × 6–8 stories) with
//    bench/archive-generator.ts;
//    The search indexes are built once after the bulk load (the triggers still compute every vector);
//    BENCH_SEARCH_DIR=<dir> keeps the database and reuses it, also after a generation stopped with Ctrl-C
//    (the next run goes on from the last whole batch of days, exactly as one run would have written them,
//    and builds the indexes left out); BENCH_SEARCH_GENERATE_ONLY=1 stops there;
// 2. reports table, TOAST and index sizes;
// 3. runs a fixed query mix through searchArticles() (count + one page of results, as /search does) at 1 and
//    8 concurrent clients and prints p50/p95/p99 per query kind; the baseline is the same mix as a plain
//    `ILIKE '%…%'` scan with the same visibility rule, at 1 client;
// 4. publishes a new story through the real command and measures the time until search finds it.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createArticle } from "@/lib/articles/create-article";
import { listNewsroomArticles, ZNewsroomFilter } from "@/lib/articles/list-newsroom-articles";
import { publishArticle } from "@/lib/articles/publish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { disconnectDb, getDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { Prisma } from "@/lib/db/generated/client";
import { runMigrations } from "@/lib/db/migrate";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { searchArticles } from "@/lib/search/search-articles";
import { ZSearchFilters } from "@/lib/search/search-params";
import { buildTsquery } from "@/lib/search/tokens";
import { generateArchive } from "./archive-generator";

const DAYS = Number(process.env.BENCH_SEARCH_DAYS ?? 3650);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 5);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The fixed mix: kind → queries (every one has matches in the generated archive unless it says otherwise). */
const MIX: Record<string, string[]> = {
  "one pair (2 chars)": ["晋中", "北斗", "养老", "公园", "榆次"],
  "two terms": ["晋中 养老保险", "榆次区 口袋公园", "太谷区 乡村振兴", "平遥古城 文化旅游", "市人社局 就业创业"],
  "3-char name": ["常书铭", "王建国", "李晓东"],
  "long phrase": ["党的二十届四中全会精神", "推行“一网通办”"],
  "mixed / number": ["AI应用", "５G基站", "2025年"],
  "rare / none": ["量子纠缠", "xyzzy"],
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** The machine is shared: every table says how busy it was (1-minute load average, as `uptime` shows it). */
const load = () => os.loadavg()[0]?.toFixed(1) ?? "?";

async function measure(clients: number, run: (query: string) => Promise<unknown>, rounds: number, mix: Record<string, string[]> = MIX) {
  const byKind = new Map<string, number[]>();
  const jobs: Array<{ kind: string; query: string }> = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [kind, queries] of Object.entries(mix)) for (const query of queries) jobs.push({ kind, query });
  }
  const loadBefore = load();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as { kind: string; query: string };
        const t = performance.now();
        await run(job.query);
        const list = byKind.get(job.kind) ?? [];
        list.push(performance.now() - t);
        byKind.set(job.kind, list);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const rows = [...byKind.entries()].map(([kind, times]) => ({ kind, ...summary(times) }));
  return { rows, all: summary([...byKind.values()].flat()), perSecond: (jobs.length / elapsed) * 1000, load: `${loadBefore} → ${load()}` };
}

function printTable(title: string, result: Awaited<ReturnType<typeof measure>>) {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\n${title} (${result.perSecond.toFixed(1)} queries/s; load average ${result.load} on ${os.cpus().length} cores)`);
  console.log("| query kind | n | p50 | p95 | p99 |\n|---|---|---|---|---|");
  for (const row of [...result.rows, { kind: "all", ...result.all }]) {
    console.log(`| ${row.kind} | ${row.n} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} |`);
  }
}

/**
 * A bulk load builds the search (GIN) indexes once at the end — far cheaper than adding every story's few
 * hundred pairs to them one by one; the triggers still compute every vector as each row is written, and
 * the publish-to-searchable measurement below runs with the indexes in place. Commits are not waited for.
 */
async function generateWithoutSearchIndexes(client: pg.Client, pending: string, generate: () => Promise<number>): Promise<number> {
  const { rows } = await client.query<{ definition: string }>(
    `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexdef ILIKE '% USING gin %' AND indexname ILIKE '%search%'`,
  );
  // Kept next to the database, so that a run stopped halfway (Ctrl-C) can still be measured on what it wrote.
  await writeFile(pending, rows.map((row) => `${row.definition};\n`).join(""));
  for (const row of rows) await client.query(`DROP INDEX "${/CREATE INDEX "([^"]+)"/.exec(row.definition)?.[1]}"`);
  await client.query("SET synchronous_commit = off");
  const stories = await generate();
  await buildPendingIndexes(client, pending);
  return stories;
}

/** Builds the search indexes a bulk load left out (pg_indexes keeps their WITH (fastupdate=off)). */
async function buildPendingIndexes(client: pg.Client, pending: string) {
  const definitions = await readFile(pending, "utf8").catch(() => null);
  if (definitions === null) return;
  const started = performance.now();
  await client.query("SET maintenance_work_mem = '256MB'");
  for (const definition of definitions.split(";\n").filter(Boolean)) await client.query(definition.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
  await rm(pending);
  log(`search indexes built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function main() {
  // BENCH_SEARCH_DIR keeps the generated database there and reuses it on the next run (no regeneration).
  const keep = process.env.BENCH_SEARCH_DIR ? path.resolve(process.env.BENCH_SEARCH_DIR) : null;
  const root = keep ?? (await mkdtemp(path.join(os.tmpdir(), "bench-search-")));
  const port = await findFreePort();
  const server = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port, user: "bench", password: "bench", database: "bench" });
  const url = `postgresql://bench:bench@127.0.0.1:${port}/bench`;
  process.env.DATABASE_URL = url;
  const client = new pg.Client({ connectionString: url });
  try {
    await runMigrations(url);
    await client.connect();
    const started = performance.now();
    let lastLine = 0;
    const pending = path.join(root, "pending-search-indexes.sql");
    await buildPendingIndexes(client, pending);
    const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ArticleSnapshot"`)).rows[0]?.n ?? 0);
    // A generation stopped halfway (Ctrl-C) left whole batches of days: the next run goes on from there.
    const generatedDays = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Issue"`)).rows[0]?.n ?? 0);
    if (existing > 0) log(`reusing the archive in ${root} (${existing} stories, ${generatedDays} of ${DAYS} days)`);
    const generate = (fromDay: number) =>
      generateWithoutSearchIndexes(client, pending, () =>
        generateArchive(client, {
          startDate: "2016-01-01",
          days: DAYS,
          fromDay,
          onProgress: (done, total, count) => {
            if (performance.now() - lastLine < 2000 && done < total) return;
            lastLine = performance.now();
            const seconds = (performance.now() - started) / 1000;
            log(`generating: ${done}/${total} issues, ${count} new stories, ${seconds.toFixed(0)} s (load ${os.loadavg()[0]?.toFixed(1)})`);
          },
        }),
      );
    const stories = existing === 0 ? await generate(0) : existing + (generatedDays < DAYS ? await generate(generatedDays) : 0);
    const generationSeconds = (performance.now() - started) / 1000;
    for (const table of ["ArticleSnapshot", "Article", "Issue"]) await client.query(`VACUUM ANALYZE "${table}"`);

    const sizes = await client.query<Record<string, string>>(`SELECT
      pg_size_pretty(pg_relation_size('"ArticleSnapshot"')) AS heap,
      pg_size_pretty(pg_total_relation_size('"ArticleSnapshot"') - pg_indexes_size('"ArticleSnapshot"')) AS "heap+toast",
      pg_size_pretty(pg_relation_size('"ArticleSnapshot_searchVector_idx"')) AS "search index",
      pg_size_pretty(pg_relation_size('"ArticleSnapshot_searchHead_idx"')) AS "headline index",
      pg_size_pretty(pg_relation_size('"ArticleSnapshot_searchDate_id_idx"')) AS "date index",
      pg_size_pretty(pg_relation_size('"Article_searchVector_idx"')) AS "draft search index",
      pg_size_pretty(pg_total_relation_size('"Article"') - pg_indexes_size('"Article"')) AS "drafts heap+toast",
      pg_size_pretty((SELECT sum(pg_column_size("searchVector"))::bigint FROM "ArticleSnapshot")) AS "snapshot vectors",
      pg_size_pretty((SELECT sum(pg_column_size("plainText"))::bigint FROM "ArticleSnapshot")) AS "snapshot plain text"`);
    console.log(
      `\n# bench:search — ${stories} stories, ${DAYS} days${existing > 0 ? ` (reused ${existing} stories)` : ""}, generated or completed in ${generationSeconds.toFixed(0)} s`,
    );
    console.log(`sizes: ${JSON.stringify(sizes.rows[0])}`);

    if (process.env.BENCH_SEARCH_GENERATE_ONLY) return;

    const filters = ZSearchFilters.parse({});
    const search = (query: string) => searchArticles(query, filters);
    // Warm-up as a running server is warm: every pooled connection has planned each kind of statement before
    // (a fresh connection spends a few milliseconds loading the catalogue on its first statements).
    await measure(8, search, 3);
    printTable("searchArticles, 1 client", await measure(1, search, ROUNDS));
    printTable("searchArticles, 8 clients", await measure(8, search, ROUNDS));
    const dateFilters = ZSearchFilters.parse({ sort: "date" });
    printTable("searchArticles sorted by date, 8 clients", await measure(8, (query) => searchArticles(query, dateFilters), ROUNDS));

    const db = getDb();
    const ilike = async (query: string) => {
      const where = Prisma.join(
        [...query.split(" ").map((term) => Prisma.sql`(s."plainText" ILIKE ${`%${term}%`} OR s."headline" ILIKE ${`%${term}%`})`), visibleSnapshotSql("s")],
        " AND ",
      );
      await db.$queryRaw`SELECT count(*) FROM (SELECT 1 FROM "ArticleSnapshot" s WHERE ${where} LIMIT 1001) m`;
      await db.$queryRaw`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${where} ORDER BY s."searchDate" DESC LIMIT 10`;
    };
    // A scan reads every story's text (seconds each at ten years): the first query of each kind, once.
    const baselineMix = Object.fromEntries(Object.entries(MIX).map(([kind, queries]) => [kind, queries.slice(0, 1)]));
    printTable("baseline: ILIKE scan (count + newest 10), 1 client, first query of each kind", await measure(1, ilike, 1, baselineMix));
    printTable("searchArticles, same queries, 1 client", await measure(1, search, ROUNDS, baselineMix));

    // The newsroom's story list searches the working drafts: counted up to a cap, newest edits first.
    const newsroom = (query: string) => listNewsroomArticles(ZNewsroomFilter.parse({ q: query }));
    const uncapped = async (query: string) => {
      const where = Prisma.sql`a."searchVector" @@ to_tsquery('simple', ${buildTsquery(query) ?? ""})`;
      await db.$queryRaw`SELECT count(*) FROM "Article" a WHERE ${where}`;
      await db.$queryRaw`SELECT a."id" FROM "Article" a WHERE ${where} ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT 100`;
    };
    printTable(
      "baseline: newsroom list counting every match and sorting them all, 1 client, first query of each kind",
      await measure(1, uncapped, 1, baselineMix),
    );
    printTable("newsroom story list (listNewsroomArticles), same queries, 1 client", await measure(1, newsroom, ROUNDS, baselineMix));

    // Publish-to-searchable: the search vector is written by the snapshot's trigger in the publish transaction.
    const freshness: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const headline = `基准测试鲲鹏${round}号稿件上线`;
      const { id } = await createArticle(SYSTEM_IMPORT, { kind: "news", headline });
      const article = await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } });
      const t = performance.now();
      await publishArticle(SYSTEM_IMPORT, { articleId: id, baseVersion: article.version });
      const committed = performance.now();
      for (;;) {
        const found = await searchArticles(`鲲鹏${round}号`, filters);
        if (found?.hits.some((hit) => hit.articleId === id)) break;
        if (performance.now() - t > 10_000) throw new Error("published story not found within 10 s");
      }
      freshness.push(performance.now() - committed);
      log(`publish ${(committed - t).toFixed(0)} ms, then searchable after ${(performance.now() - committed).toFixed(1)} ms`);
    }
    const f = summary(freshness);
    console.log(`\npublish-to-searchable after commit: max ${Math.max(...freshness).toFixed(1)} ms (p50 ${f.p50.toFixed(1)} ms, 5 publishes)`);
  } finally {
    await client.end().catch(() => {});
    await disconnectDb();
    await server.stop();
    if (!keep) await rm(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

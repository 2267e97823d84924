// npm run bench:read — reader pages on this machine, next to baselines measured in the same run.
//
// 1. builds the app (NEXT_DIST_DIR=.next-bench; BENCH_SKIP_BUILD=1 reuses it), starts an embedded
//    PostgreSQL with the seeded paper after BENCH_ARCHIVE_DAYS generated daily issues (bench/read-archive.ts;
//    BENCH_ARCHIVE_DIR keeps the generated archive for the next run), and `next start`;
// 2. cold: every reader page type rendered for the first time, p50/p95 over distinct URLs (bench/read-cold.ts);
// 3. app: the front page, an issue, a page view and a story with wrk at 64 and 8 connections, against a
//    bare Node http server returning the same bytes and against Next serving a page prerendered at build;
// 4. nginx: the same through deploy/nginx/reader-cache.conf.template, against the same nginx serving the
//    same HTML as a static file, with every request in a timing log (bench/read-access-log.ts);
// 5. freshness: publishes and unpublishes stories straight into the database while wrk loads their page
//    through nginx, and measures when the page shows the change;
// 6. walk: BENCH_WALK_STORIES distinct story URLs through nginx (for at most BENCH_WALK_SECONDS), then the
//    caches' size on disk.
// The Next server's resident memory is sampled through every phase (bench/read-memory.ts).
// BENCH_PHASES=cold,app,nginx,freshness,walk picks phases (BENCH_FRESHNESS_ONLY=1 = freshness).
// wrk and nginx are Debian packages: installed when missing and running as root, else named.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { SERVER_V8_FLAGS, serverMemoryEnv } from "@/lib/cli/server-memory";
import { getDb } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { importPage } from "@/lib/import/import-page";
import type { TParsedArticle } from "@/lib/import/types";
import { readerPaths } from "@/lib/reader-change/urls";
import { ensureDebianPackages } from "../tests/helpers/debian-packages";
import { NGINX_PACKAGE, startLocalNginx, type TLocalNginx } from "../tests/helpers/nginx";
import { buildApp, runWrk, type TWrk, waitForServer } from "./bench-tools";
import { formatLogSummary, logOffset, readLogSince, summariseLog, type TLogSummary } from "./read-access-log";
import { resetStatementStats, slowStatements, startBenchDatabase } from "./read-archive";
import { measureColdRenders } from "./read-cold";
import { diskMb, findNextServer, loadAverage, memorySampler } from "./read-memory";

const DURATION = process.env.BENCH_DURATION ?? "10s";
const ARCHIVE_DAYS = Number(process.env.BENCH_ARCHIVE_DAYS ?? 365);
const DIST = ".next-bench";
const FRESHNESS_ROUNDS = 5;
const PHASES = new Set(
  (process.env.BENCH_FRESHNESS_ONLY === "1" ? "freshness" : (process.env.BENCH_PHASES ?? "cold,app,nginx,freshness,walk")).split(",").map((p) => p.trim()),
);
const COLD_URLS = Number(process.env.BENCH_COLD_URLS ?? 60);
const WALK_STORIES = Number(process.env.BENCH_WALK_STORIES ?? 10_000);
/** The walk stops after this many seconds even if it has not reached WALK_STORIES (it says how far it got). */
const WALK_SECONDS = Number(process.env.BENCH_WALK_SECONDS ?? 900);
/** `node-defaults`: run the server without the launcher's memory settings (lib/cli/server-memory.ts), to compare. */
const NODE_DEFAULTS = process.env.BENCH_SERVER_MEMORY === "node-defaults";
const SERVER_MEMORY = NODE_DEFAULTS ? {} : serverMemoryEnv(process.env);
const SERVER_FLAGS = NODE_DEFAULTS ? [] : SERVER_V8_FLAGS;
/** A request at least this slow is counted as slow in nginx's timing log. */
const SLOW_MS = 50;
const log = (line: string) => process.stderr.write(`${line}\n`);

function ensureTools() {
  ensureDebianPackages([{ name: "wrk", present: () => existsSync("/usr/bin/wrk") }, NGINX_PACKAGE], "bench:read", log);
}

function parsedStory(day: string, page: number, index: number): TParsedArticle {
  const headline = `${day}第${page}版稿件${index}：全市重点工作推进情况`;
  const paragraphs = Array.from(
    { length: 8 },
    (_, n) => `${headline}，第${n + 1}段。记者从有关部门获悉，今年以来，我市坚持以高质量发展为主线，扎实推进各项重点工作，取得积极成效。`,
  );
  return {
    kind: "news",
    column: index === 1 ? "民生关注" : null,
    kicker: null,
    headline,
    subheadline: null,
    dateline: "本报讯",
    bylines: [{ name: `记者${(page * 7 + index) % 23}`, role: "reporter", affiliation: "本报" }],
    paragraphs,
    subheads: [],
    blocks: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
    jumpToPage: null,
    jumpFromPage: null,
  };
}

/** Stops a detached child and its process group, and waits until it has exited (at most 10 s). */
async function stop(child: ChildProcess | null) {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => {
      child.once("exit", resolve);
      setTimeout(resolve, 10_000).unref();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await exited;
  }
}

interface TFreshness {
  /** Until the change was committed. */
  committedMs: number;
  /** Until the app's first refresh request reached nginx (from its log), and until the measured page was refreshed. */
  firstRefreshMs: number;
  pageRefreshedMs: number;
  /** Until a reader of `url` saw the change through nginx (NaN after 10 s). */
  visibleMs: number;
  refreshes: number;
  /** How long the app took for the measured page's refresh. */
  pageRenderMs: number;
}

/** Runs `change`, then polls `url` until `shows` holds; reads nginx's refresh log for the steps between. */
async function measureChange(
  url: string,
  path: string,
  refreshLog: string,
  shows: (html: string) => boolean,
  change: () => Promise<unknown>,
): Promise<TFreshness> {
  const started = Date.now();
  await change();
  const committedMs = Date.now() - started;
  let visibleMs = Number.NaN;
  while (Date.now() - started < 10_000) {
    if (shows(await (await fetch(url)).text())) {
      visibleMs = Date.now() - started;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  // `<ISO time> <Unix s.ms> refresh <seconds taken> <status> <uri>`
  const lines = (await readFile(refreshLog, "utf8"))
    .split("\n")
    .map((line) => line.split(" "))
    .filter((fields) => fields.length === 6 && Number(fields[1]) * 1000 >= started)
    .map((fields) => ({ doneMs: Number(fields[1]) * 1000 - started, tookMs: Number(fields[3]) * 1000, uri: fields[5] }));
  return {
    committedMs,
    firstRefreshMs: Math.round(Math.min(...lines.map((line) => line.doneMs - line.tookMs))),
    pageRefreshedMs: Math.round(lines.find((line) => line.uri === path)?.doneMs ?? Number.NaN),
    pageRenderMs: Math.round(lines.find((line) => line.uri === path)?.tookMs ?? Number.NaN),
    visibleMs,
    refreshes: lines.length,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const fmt = (r: TWrk) =>
  `${Math.round(r.rps).toString().padStart(7)} req/s  p50 ${r.p50.toFixed(2).padStart(7)} ms  p99 ${r.p99.toFixed(2).padStart(7)} ms${r.errors ? `  (${r.errors})` : ""}`;

interface TPair {
  c64: TWrk;
  c8: TWrk;
  /** nginx's timing log of the 64-connection run (through nginx only). */
  log64?: TLogSummary;
}

const SKIPPED: TWrk = { rps: Number.NaN, p50: Number.NaN, p99: Number.NaN, errors: "skipped" };

async function main() {
  ensureTools();
  buildApp(DIST, log);

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim(),
    cpus: os.cpus().length,
    duration: DURATION,
    archiveDays: ARCHIVE_DAYS,
    loadBefore: loadAverage(),
    serverMemory: { ...SERVER_MEMORY, v8Flags: SERVER_FLAGS },
    cacheMaxMb: process.env.READER_CACHE_MAX_MB ?? "default",
  };
  const database = await startBenchDatabase(ARCHIVE_DAYS, log);
  const databaseUrl = database.url;
  process.env.DATABASE_URL = databaseUrl;
  results.stories = database.stories;
  results.generatedSeconds = database.generatedSeconds;
  const root = path.join(database.root, `run-${process.pid}`);
  await mkdir(root, { recursive: true });
  let app: ChildProcess | null = null;
  let bare: ChildProcess | null = null;
  let nginx: TLocalNginx | null = null;
  const loads: Record<string, string> = {};
  const phaseLoad = (phase: string) => {
    loads[phase] = loadAverage();
    log(`${phase} (load average ${loads[phase]})…`);
  };
  try {
    const appPort = await findFreePort();
    const [nginxPort, refreshPort, staticPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    app = spawn(process.execPath, [...SERVER_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", String(appPort)], {
      env: {
        ...process.env,
        // As `npm start` runs it: V8's heap capped, fewer malloc arenas.
        ...SERVER_MEMORY,
        NEXT_DIST_DIR: DIST,
        DATABASE_URL: databaseUrl,
        PORT: String(appPort),
        NODE_ENV: "production",
        // Required in production: canonical links, feeds and sitemaps name the public origin.
        SITE_URL: `http://127.0.0.1:${nginxPort}`,
        // As in production: the app refreshes changed URLs in the micro-cache (started further down).
        READER_CACHE_REFRESH_ORIGINS: `http://127.0.0.1:${refreshPort}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    const appUrl = `http://127.0.0.1:${appPort}`;
    await waitForServer(appUrl, app, "next start");
    const server = findNextServer(app.pid as number);
    log(`Next server: pid ${server.pid} (${server.command})`);
    results.nextServer = server;
    const memory = memorySampler(server.pid);
    memory.phase("started");

    if (PHASES.has("cold")) {
      memory.phase("cold");
      phaseLoad("cold renders (next start, no nginx)");
      await resetStatementStats(databaseUrl);
      results.cold = await measureColdRenders({ origin: appUrl, databaseUrl, distDir: DIST, perType: COLD_URLS, log });
      // Every statement the cold renders ran whose slowest run took 10 ms or more (pg_stat_statements).
      results.coldSlowStatements = await slowStatements(databaseUrl, 10);
      for (const statement of results.coldSlowStatements as Awaited<ReturnType<typeof slowStatements>>) {
        log(
          `  slow statement: ${statement.calls} calls, mean ${statement.meanMs.toFixed(1)} ms, max ${statement.maxMs.toFixed(1)} ms: ${statement.query.slice(0, 400)}`,
        );
      }
    }

    memory.phase("warm-up");
    const front = await (await fetch(appUrl)).text();
    const storyPath = /href="(\/articles\/\d+-[^"]+)"/.exec(front)?.[1];
    if (!storyPath) throw new Error("no story link on the front page");
    const urls = { front: "/", issue: "/issues/2025-12-20", page: "/issues/2025-12-20/1", story: storyPath.replace(/&amp;/g, "&") };
    const throughput = PHASES.has("app") || PHASES.has("nginx");
    // Steady state, not first requests: render each page once, then let the JIT warm up on it.
    for (const url of [...Object.values(urls), "/_not-found"]) {
      for (let i = 0; i < 3; i += 1) await fetch(appUrl + url);
      if (throughput) await runWrk(appUrl + url, 8, "3s");
    }
    const storyHtml = Buffer.from(await (await fetch(appUrl + urls.story)).arrayBuffer());

    if (PHASES.has("app")) {
      // Baseline 1: bare Node http with the same bytes, in its own process (as the app is).
      const barePort = await findFreePort();
      const htmlFile = path.join(root, "story.html");
      await writeFile(htmlFile, storyHtml);
      bare = spawn(
        process.execPath,
        [
          "-e",
          `const b=require("fs").readFileSync(${JSON.stringify(htmlFile)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(${barePort},"127.0.0.1")`,
        ],
        { stdio: "ignore", detached: true },
      );
      await waitForServer(`http://127.0.0.1:${barePort}/`, bare, "bare node");
      memory.phase("app alone, 64 and 8 connections");
      phaseLoad("app alone (next start)");
      const appAlone: Record<string, TPair> = {};
      const bareNode = { c64: await runWrk(`http://127.0.0.1:${barePort}/`, 64, DURATION), c8: await runWrk(`http://127.0.0.1:${barePort}/`, 8, DURATION) };
      for (const [name, url] of Object.entries(urls))
        appAlone[name] = { c64: await runWrk(appUrl + url, 64, DURATION), c8: await runWrk(appUrl + url, 8, DURATION) };
      // Baseline 2: Next itself serving a page prerendered at build (the app's own 404 page), the ceiling
      // for any page Next serves from its cache.
      const nextPrerendered = { c64: await runWrk(`${appUrl}/_not-found`, 64, DURATION), c8: await runWrk(`${appUrl}/_not-found`, 8, DURATION) };
      results.bareNode = bareNode;
      results.nextPrerendered = nextPrerendered;
      results.appAlone = appAlone;
    }

    // nginx: the micro-cache config from the repo, plus a static server of the same HTML.
    const accessLog = path.join(root, "nginx-access.log");
    nginx = await startLocalNginx({
      upstream: `127.0.0.1:${appPort}`,
      port: nginxPort,
      refreshPort,
      dir: path.join(root, "nginx"),
      staticHtml: storyHtml,
      staticPort,
      accessLog,
    });
    const viaNginx = nginx.origin;
    /** wrk through nginx, with the timing log's summary of the run. */
    const logged = async (url: string, connections: number, duration = DURATION): Promise<{ run: TWrk; log: TLogSummary }> => {
      // What earlier runs left in nginx's log buffer is flushed within a second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const offset = await logOffset(accessLog);
      const run = await runWrk(url, connections, duration);
      // nginx flushes its log buffer every second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return { run, log: summariseLog(await readLogSince(accessLog, offset), SLOW_MS) };
    };

    if (PHASES.has("nginx")) {
      memory.phase("nginx micro-cache, 64 and 8 connections");
      phaseLoad("production setup (nginx micro-cache)");
      // A URL nginx has not stored yet, met by 64 clients at once (Next already has it): one request
      // renders, the others wait for nginx's cache lock. A few distinct pages of the day before.
      const firstLoad: Record<string, { run: TWrk; log: TLogSummary }> = {};
      for (const url of ["/issues/2025-12-19", "/issues/2025-12-19/2", "/issues/2025-12-19/3"]) {
        for (let i = 0; i < 3; i += 1) await fetch(appUrl + url);
        firstLoad[url] = await logged(viaNginx + url, 64, "3s");
        log(`  first load of ${url}: ${fmt(firstLoad[url].run)}\n      ${formatLogSummary(firstLoad[url].log)}`);
      }
      results.nginxFirstLoad = firstLoad;
      // Then steady state, as for the app alone: every measured URL is in the cache before its run.
      for (const url of Object.values(urls)) await runWrk(viaNginx + url, 8, "2s");
      const staticRun = await logged(`${nginx.staticOrigin}/`, 64);
      const staticFile: TPair = { c64: staticRun.run, log64: staticRun.log, c8: await runWrk(`${nginx.staticOrigin}/`, 8, DURATION) };
      log(`  static  ${fmt(staticFile.c64)}\n      ${formatLogSummary(staticRun.log)}`);
      const cached: Record<string, TPair> = {};
      for (const [name, url] of Object.entries(urls)) {
        const run64 = await logged(viaNginx + url, 64);
        cached[name] = { c64: run64.run, log64: run64.log, c8: await runWrk(viaNginx + url, 8, DURATION) };
        log(`  ${name.padEnd(6)}  ${fmt(run64.run)}\n      ${formatLogSummary(run64.log)}`);
      }
      results.nginxStatic = staticFile;
      results.nginxCached = cached;
      results.cacheStatuses = await Promise.all(Object.values(urls).map(async (url) => (await fetch(viaNginx + url)).headers.get("x-cache-status")));
    }

    const publishes: TFreshness[] = [];
    const unpublishes: TFreshness[] = [];
    if (PHASES.has("freshness")) {
      // Publish and unpublish while nginx is under load: how long until the page shows the change through the cache.
      memory.phase("publish and unpublish under load");
      phaseLoad("publish and unpublish under load");
      const refreshLog = nginx.refreshLog;
      for (let round = 0; round < FRESHNESS_ROUNDS; round += 1) {
        const headline = `压测期间发布的第${round + 1}条消息`;
        const pageNumber = 9 + round;
        const imported = await importPage(
          { articles: [{ ...parsedStory("2025-12-20", pageNumber, 1), headline, column: null }], warnings: [] },
          { issueDate: "2025-12-20", pageNumber, pageName: "快讯", publish: false },
          SYSTEM_IMPORT,
        );
        const articleId = imported.articles[0]?.id ?? 0;
        const targetPath = `/issues/2025-12-20/${pageNumber}`;
        const target = viaNginx + targetPath;
        for (let i = 0; i < 3; i += 1) await fetch(target);
        const load = spawn("wrk", ["-t2", "-c64", "-d30s", target], { stdio: "ignore", detached: true });
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        publishes.push(
          await measureChange(
            target,
            targetPath,
            refreshLog,
            (html) => html.includes(headline),
            () =>
              getDb().$transaction(async (tx) => {
                const { version } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
                return publishArticleInTransaction(tx, SYSTEM_IMPORT, { articleId, baseVersion: version });
              }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        unpublishes.push(
          await measureChange(
            target,
            targetPath,
            refreshLog,
            (html) => !html.includes(headline),
            () => unpublishArticle(SYSTEM_IMPORT, { articleId }),
          ),
        );
        await stop(load);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      results.publishThroughNginx = publishes;
      results.unpublishThroughNginx = unpublishes;
    }

    const nextCache = () => ({ cacheMb: diskMb(path.join(DIST, "cache")), serverMb: diskMb(path.join(DIST, "server")) });
    const nginxCacheDir = path.join(root, "nginx", "cache");
    const disk: Record<string, unknown> = { beforeWalk: { next: nextCache(), nginxMb: diskMb(nginxCacheDir) } };
    if (PHASES.has("walk")) {
      memory.phase(`walk: ${WALK_STORIES} distinct stories through nginx`);
      phaseLoad(`walking ${WALK_STORIES} distinct story URLs through nginx`);
      const client = await getDb().$queryRawUnsafe<Array<{ articleId: number; headline: string }>>(
        `SELECT s."articleId", s."headline" FROM "ArticleSnapshot" s JOIN "Article" a ON a."liveSnapshotId" = s."id" ORDER BY s."id" DESC LIMIT ${WALK_STORIES}`,
      );
      const queue = client.map((story) => readerPaths.article(story.articleId, story.headline));
      let done = 0;
      let failed = 0;
      const started = performance.now();
      const walker = async () => {
        for (let next = queue.shift(); next && performance.now() - started < WALK_SECONDS * 1000; next = queue.shift()) {
          const response = await fetch(viaNginx + next);
          await response.arrayBuffer();
          if (response.status !== 200) failed += 1;
          done += 1;
          if (done % 1000 === 0)
            log(`  ${done} stories, ${((performance.now() - started) / 1000).toFixed(0)} s, server ${(memory.phases.at(-1)?.endMb ?? 0).toFixed(0)} MB`);
        }
      };
      await Promise.all(Array.from({ length: 4 }, walker));
      results.walk = { stories: done, failed, seconds: (performance.now() - started) / 1000 };
    }
    memory.stop();
    disk.afterRun = { next: nextCache(), nginxMb: diskMb(nginxCacheDir) };
    results.disk = disk;
    results.memory = memory.phases;
    results.loads = loads;

    const publishMs = publishes.map((change) => change.visibleMs);
    const unpublishMs = unpublishes.map((change) => change.visibleMs);
    const appAlone = (results.appAlone ?? {}) as Record<string, TPair>;
    const bareNode = (results.bareNode ?? { c64: SKIPPED, c8: SKIPPED }) as TPair;
    const nextPrerendered = (results.nextPrerendered ?? { c64: SKIPPED, c8: SKIPPED }) as TPair;
    const staticFile = (results.nginxStatic ?? { c64: SKIPPED, c8: SKIPPED }) as TPair;
    const cached = (results.nginxCached ?? {}) as Record<string, TPair>;
    const cold = results.cold as Awaited<ReturnType<typeof measureColdRenders>> | undefined;
    const lines = [
      `reader benchmark — ${results.date}, commit ${results.commit}, ${results.cpus} CPUs (wrk shares them), ${DURATION} per run, archive ${ARCHIVE_DAYS} days (${database.stories} stories), load average before ${results.loadBefore}`,
      `server memory settings ${JSON.stringify(SERVER_MEMORY)} ${SERVER_FLAGS.join(" ")}, READER_CACHE_MAX_MB ${results.cacheMaxMb}`,
      "",
      ...(cold
        ? [
            "Cold renders (next start, first request of each URL, one at a time)",
            `  baseline SELECT 1 round trip          p50 ${cold.baselineSelect1.p50Ms.toFixed(2)} ms  p95 ${cold.baselineSelect1.p95Ms.toFixed(2)} ms`,
            ...cold.types.map(
              (t) =>
                `  ${t.type.padEnd(40)} ${String(t.urls).padStart(4)} URLs  p50 ${t.p50Ms.toFixed(1).padStart(7)} ms  p95 ${t.p95Ms.toFixed(1).padStart(7)} ms  max ${t.maxMs.toFixed(0).padStart(5)} ms${t.errors ? `  (${t.errors} not 200)` : ""}`,
            ),
            "",
          ]
        : []),
      "App alone (next start)                    64 connections                                8 connections",
      `  baseline bare node http (same bytes)   ${fmt(bareNode.c64)}   ${fmt(bareNode.c8)}`,
      `  baseline next, page prerendered at build ${fmt(nextPrerendered.c64)}   ${fmt(nextPrerendered.c8)}`,
      ...Object.entries(appAlone).map(
        ([name, r]) => `  ${name.padEnd(37)}  ${fmt(r.c64)}   ${fmt(r.c8)}   ${Math.round((100 * r.c64.rps) / nextPrerendered.c64.rps)}% of next prerendered`,
      ),
      "",
      "Production setup (nginx micro-cache)",
      `  baseline nginx static file (same HTML) ${fmt(staticFile.c64)}   ${fmt(staticFile.c8)}`,
      ...Object.entries(cached).map(
        ([name, r]) =>
          `  ${name.padEnd(37)}  ${fmt(r.c64)}   ${fmt(r.c8)}   ${Math.round((100 * r.c64.rps) / staticFile.c64.rps)}% of static, p99 ${(r.c64.p99 / staticFile.c64.p99).toFixed(2)}× static's`,
      ),
      ...Object.entries((results.nginxFirstLoad ?? {}) as Record<string, { run: TWrk; log: TLogSummary }>).map(
        ([url, r]) => `  first load of ${url.padEnd(22)} ${fmt(r.run)}; ${r.log.slow} requests ≥ ${SLOW_MS} ms, max ${r.log.requestMaxMs.toFixed(0)} ms`,
      ),
      ...[["static", staticFile] as const, ...Object.entries(cached)].flatMap(([name, r]) => (r.log64 ? [`  ${name}: ${formatLogSummary(r.log64)}`] : [])),
      "",
      `  nginx cache status of the four URLs: ${((results.cacheStatuses as string[]) ?? []).join(", ")}`,
      `  publish visible through nginx under load after   ${publishMs.join(", ")} ms (median ${median(publishMs)}, max ${Math.max(...publishMs)})`,
      `  unpublish gone through nginx under load after    ${unpublishMs.join(", ")} ms (median ${median(unpublishMs)}, max ${Math.max(...unpublishMs)})`,
      "  steps (ms from the start of the change: committed / first refresh reached nginx / page refreshed / visible; refreshes; the page's render):",
      ...[...publishes.map((change) => ["publish", change] as const), ...unpublishes.map((change) => ["unpublish", change] as const)].map(
        ([what, change]) =>
          `    ${what.padEnd(9)} ${change.committedMs} / ${change.firstRefreshMs} / ${change.pageRefreshedMs} / ${change.visibleMs}; ${change.refreshes}; ${change.pageRenderMs}`,
      ),
      "",
      `Memory of the Next server (pid ${server.pid}), VmRSS peak / at the end of each phase:`,
      ...memory.phases.map((phase) => `  ${phase.phase.padEnd(48)} ${phase.peakMb.toFixed(0).padStart(5)} MB / ${phase.endMb.toFixed(0).padStart(5)} MB`),
      `Caches on disk: ${JSON.stringify(disk)}${results.walk ? `; walk ${JSON.stringify(results.walk)}` : ""}`,
      `Load average per phase: ${JSON.stringify(loads)}; after: ${loadAverage()}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    await writeFile(path.join("bench", "last-run.json"), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await nginx?.stop();
    await stop(bare);
    await stop(app);
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

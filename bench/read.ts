// npm run bench:read — reader throughput on this machine, next to baselines measured in the same run.
//
// 1. builds the app (NEXT_DIST_DIR=.next-bench), starts an embedded PostgreSQL with the seeded paper plus
//    a generated year of daily issues, and `next start`;
// 2. drives the front page, an issue page, a page view and a story page with wrk at 64 and 8 connections,
//    against a bare Node http server returning the same HTML bytes from memory and against Next serving
//    a page prerendered at build;
// 3. puts Debian's nginx with deploy/nginx/reader-cache.conf.template in front, drives the same URLs,
//    and compares with the same nginx serving the same HTML as a static file;
// 4. publishes and unpublishes stories straight into the database while wrk loads their page through
//    nginx, and measures when the page shows the change.
// wrk and nginx are Debian packages: installed when missing and running as root, else named.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { disconnectDb, getDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";
import { importPage } from "@/lib/import/import-page";
import { seedPages } from "@/lib/import/seed-pages";
import type { TParsedArticle, TParsedPage } from "@/lib/import/types";
import { ensureDebianPackages } from "../tests/helpers/debian-packages";
import { NGINX_PACKAGE, startLocalNginx, type TLocalNginx } from "../tests/helpers/nginx";

const DURATION = process.env.BENCH_DURATION ?? "10s";
const ARCHIVE_DAYS = Number(process.env.BENCH_ARCHIVE_DAYS ?? 365);
const DIST = ".next-bench";
const FRESHNESS_ROUNDS = 5;
/** BENCH_FRESHNESS_ONLY=1: only the publish/unpublish measurements (throughput runs print "skipped"). */
const FRESHNESS_ONLY = process.env.BENCH_FRESHNESS_ONLY === "1";
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

/** A year of daily issues before the seeded one: 4 pages of 4 stories each, published and released. */
async function generateArchive(days: number) {
  const last = new Date("2025-12-19T00:00:00Z");
  const dates = Array.from({ length: days }, (_, i) => new Date(last.getTime() - i * 86_400_000).toISOString().slice(0, 10)).reverse();
  let done = 0;
  const importIssue = async (date: string) => {
    for (let page = 1; page <= 4; page += 1) {
      const parsed: TParsedPage = { articles: [1, 2, 3, 4].map((i) => parsedStory(date, page, i)), warnings: [] };
      await importPage(
        parsed,
        { issueDate: date, pageNumber: page, pageName: ["要闻", "综合", "民生", "文化"][page - 1], publish: true, release: page === 4 },
        SYSTEM_IMPORT,
      );
    }
  };
  // The first issue alone creates the publication, column and contributors that the others share.
  const first = dates.shift();
  if (first) await importIssue(first);
  const worker = async () => {
    for (let date = dates.shift(); date; date = dates.shift()) {
      await importIssue(date);
      done += 1;
      if (done % 50 === 0) log(`  archive: ${done}/${days} issues`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

interface TWrk {
  rps: number;
  p50: number;
  p99: number;
  errors: string;
}

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
}

function wrk(url: string, connections: number, duration = DURATION): TWrk {
  if (FRESHNESS_ONLY) return { rps: Number.NaN, p50: Number.NaN, p99: Number.NaN, errors: "skipped" };
  const out = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${duration}`, "--latency", url], { encoding: "utf8" }).stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1];
  const socket = /Socket errors: (.*)/.exec(out)?.[1];
  return { rps, p50, p99, errors: [non2xx ? `${non2xx} non-2xx` : "", socket ?? ""].filter(Boolean).join("; ") };
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url}`);
}

function stop(child: ChildProcess | null) {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
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

async function main() {
  ensureTools();
  log("building (next build)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST },
  });
  if (build.status !== 0) throw new Error("next build failed");

  const root = await mkdtemp(path.join(os.tmpdir(), "reader-bench-"));
  const dbPort = await findFreePort();
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port: dbPort, user: "bench", password: "bench", database: "newsroom" });
  const databaseUrl = `postgresql://bench:bench@127.0.0.1:${dbPort}/newsroom`;
  process.env.DATABASE_URL = databaseUrl;
  let app: ChildProcess | null = null;
  let bare: ChildProcess | null = null;
  let nginx: TLocalNginx | null = null;
  const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, duration: DURATION };
  try {
    await runMigrations(databaseUrl);
    log(`generating ${ARCHIVE_DAYS} days of archive…`);
    const started = Date.now();
    await generateArchive(ARCHIVE_DAYS);
    await seedPages();
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const appPort = await findFreePort();
    const [nginxPort, refreshPort, staticPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(appPort)], {
      env: {
        ...process.env,
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
    await waitFor(appUrl, app, "next start");

    const front = await (await fetch(appUrl)).text();
    const storyPath = /href="(\/articles\/\d+-[^"]+)"/.exec(front)?.[1];
    if (!storyPath) throw new Error("no story link on the front page");
    const urls = { front: "/", issue: "/issues/2025-12-20", page: "/issues/2025-12-20/1", story: storyPath.replace(/&amp;/g, "&") };
    // Steady state, not first requests: render each page once, then let the JIT warm up on it.
    for (const url of [...Object.values(urls), "/_not-found"]) {
      for (let i = 0; i < 3; i += 1) await fetch(appUrl + url);
      wrk(appUrl + url, 8, "3s");
    }
    const storyHtml = Buffer.from(await (await fetch(appUrl + urls.story)).arrayBuffer());

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
    await waitFor(`http://127.0.0.1:${barePort}/`, bare, "bare node");

    log("app alone (next start)…");
    const appAlone: Record<string, { c64: TWrk; c8: TWrk }> = {};
    const bareNode = { c64: wrk(`http://127.0.0.1:${barePort}/`, 64), c8: wrk(`http://127.0.0.1:${barePort}/`, 8) };
    for (const [name, url] of Object.entries(urls)) appAlone[name] = { c64: wrk(appUrl + url, 64), c8: wrk(appUrl + url, 8) };
    // Baseline 2: Next itself serving a page prerendered at build (the app's own 404 page), the ceiling
    // for any page Next serves from its cache.
    const nextPrerendered = { c64: wrk(`${appUrl}/_not-found`, 64), c8: wrk(`${appUrl}/_not-found`, 8) };
    results.bareNode = bareNode;
    results.nextPrerendered = nextPrerendered;
    results.appAlone = appAlone;

    // nginx: the micro-cache config from the repo, plus a static server of the same HTML.
    nginx = await startLocalNginx({
      upstream: `127.0.0.1:${appPort}`,
      port: nginxPort,
      refreshPort,
      dir: path.join(root, "nginx"),
      staticHtml: storyHtml,
      staticPort,
    });
    const viaNginx = nginx.origin;

    log("production setup (nginx micro-cache)…");
    const staticFile = { c64: wrk(`${nginx.staticOrigin}/`, 64), c8: wrk(`${nginx.staticOrigin}/`, 8) };
    const cached: Record<string, { c64: TWrk; c8: TWrk }> = {};
    for (const [name, url] of Object.entries(urls)) cached[name] = { c64: wrk(viaNginx + url, 64), c8: wrk(viaNginx + url, 8) };
    results.nginxStatic = staticFile;
    results.nginxCached = cached;
    const statuses = await Promise.all(Object.values(urls).map(async (url) => (await fetch(viaNginx + url)).headers.get("x-cache-status")));
    results.cacheStatuses = statuses;

    // Publish and unpublish while nginx is under load: how long until the page shows the change through the cache.
    log("publish and unpublish under load…");
    const refreshLog = nginx.refreshLog;
    const publishes: TFreshness[] = [];
    const unpublishes: TFreshness[] = [];
    for (let round = 0; round < FRESHNESS_ROUNDS; round += 1) {
      const headline = `压测期间发布的第${round + 1}条消息`;
      const pageNumber = 6 + round;
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
      stop(load);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    results.publishThroughNginx = publishes;
    results.unpublishThroughNginx = unpublishes;
    const publishMs = publishes.map((change) => change.visibleMs);
    const unpublishMs = unpublishes.map((change) => change.visibleMs);

    const lines = [
      `reader benchmark — ${results.date}, ${results.cpus} CPUs (wrk shares them), ${DURATION} per run, archive ${ARCHIVE_DAYS} days`,
      "",
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
        ([name, r]) => `  ${name.padEnd(37)}  ${fmt(r.c64)}   ${fmt(r.c8)}   ${Math.round((100 * r.c64.rps) / staticFile.c64.rps)}% of static`,
      ),
      "",
      `  nginx cache status of the four URLs: ${statuses.join(", ")}`,
      `  publish visible through nginx under load after   ${publishMs.join(", ")} ms (median ${median(publishMs)}, max ${Math.max(...publishMs)})`,
      `  unpublish gone through nginx under load after    ${unpublishMs.join(", ")} ms (median ${median(unpublishMs)}, max ${Math.max(...unpublishMs)})`,
      "  steps (ms from the start of the change: committed / first refresh reached nginx / page refreshed / visible; refreshes; the page's render):",
      ...[...publishes.map((change) => ["publish", change] as const), ...unpublishes.map((change) => ["unpublish", change] as const)].map(
        ([what, change]) =>
          `    ${what.padEnd(9)} ${change.committedMs} / ${change.firstRefreshMs} / ${change.pageRefreshedMs} / ${change.visibleMs}; ${change.refreshes}; ${change.pageRenderMs}`,
      ),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    await writeFile(path.join("bench", "last-run.json"), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await nginx?.stop();
    stop(bare);
    stop(app);
    await disconnectDb();
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

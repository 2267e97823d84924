// npm run bench:media — photos on this machine, with baselines measured in the same run.
//
// 1. Processing: a 24-megapixel JPEG (6000×4000, generated with sharp, with detail so encoders have work)
//    through lib/media/process-image.ts in a fresh process per run: wall time and the process's peak
//    resident memory (and that of the same process before processing), for the formats stored today
//    (WebP + JPEG) and with AVIF added (the measurement behind leaving AVIF off).
// 2. Serving: embedded PostgreSQL with the seeded paper, the photo stored (PostgreSQL storage) and used by
//    a published story, `next start`, Debian's nginx with deploy/nginx/reader-cache.conf.template; wrk on
//    the 960-wide WebP rendition through the micro-cache vs the same bytes as a static file from the same
//    nginx, and vs the app alone.
// wrk and nginx are Debian packages: installed when missing and running as root, else named.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { TActor } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";
import { seedPages } from "@/lib/import/seed-pages";
import { processImage } from "@/lib/media/process-image";
import { storeImage } from "@/lib/media/store-image";
import { ensureDebianPackages } from "../tests/helpers/debian-packages";
import { NGINX_PACKAGE, startLocalNginx, type TLocalNginx } from "../tests/helpers/nginx";
import { buildApp, runWrk, type TWrk, waitForServer } from "./bench-tools";

const DURATION = process.env.BENCH_DURATION ?? "10s";
const DIST = ".next-bench";
const RUNS = 3;
const BENCH_ACTOR: TActor = { kind: "system", source: "cli" };
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A 24-megapixel photo-like JPEG: gradients and noise, so it compresses like a photo, not a flat colour. */
async function make24MegapixelJpeg(): Promise<Buffer> {
  const width = 6000;
  const height = 4000;
  // Coarse texture (survives downscaling to 960 px, as a photo's detail does) plus fine grain (sensor noise,
  // what makes a camera JPEG several megabytes).
  const coarse = await sharp({ create: { width: 750, height: 500, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();
  const grain = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 12 } } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const shapes = Buffer.from(
    `<svg width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2a6"/><stop offset="1" stop-color="#e93"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)" opacity="0.5"/><circle cx="2000" cy="2000" r="1200" fill="#36c" opacity="0.5"/></svg>`,
  );
  return sharp(coarse)
    .resize(width, height, { kernel: "cubic" })
    .composite([
      { input: shapes, blend: "over" },
      { input: grain, blend: "overlay" },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Child mode: process the file once and report time and peak memory (KiB → MB). */
async function child(file: string, formats: string): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = await processImage(bytes, { formats: formats.split(",") as Array<"webp" | "jpeg" | "avif"> });
  const ms = performance.now() - started;
  const stored = result.renditions.reduce((sum, r) => sum + r.bytes.byteLength, 0);
  process.stdout.write(
    `${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, startRssMb: before / 1024 / 1024, renditions: result.renditions.length, storedKb: stored / 1024 })}\n`,
  );
}

interface TProcessRun {
  ms: number;
  peakRssMb: number;
  startRssMb: number;
  renditions: number;
  storedKb: number;
}

function processRuns(file: string, formats: string): TProcessRun[] {
  return Array.from({ length: RUNS }, () => {
    const out = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/media.ts", "--child", file, formats], {
      encoding: "utf8",
    });
    if (out.status !== 0) throw new Error(`processing failed: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split("\n").at(-1) ?? "{}") as TProcessRun;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function publishedPhoto(photo: Buffer): Promise<string> {
  const { media } = await storeImage(BENCH_ACTOR, { bytes: new Uint8Array(photo), filename: "bench.jpg", alt: "压测图片" });
  const { id } = await createArticle(BENCH_ACTOR, { kind: "photo", headline: "压测图片新闻", pageId: null });
  const editable = await getEditableArticle(id);
  const saved = await saveArticle(BENCH_ACTOR, {
    articleId: id,
    baseVersion: editable.version,
    mode: "save",
    draft: {
      ...editable.draft,
      body: { type: "doc", content: [{ type: "figure", attrs: { mediaId: media.id, alt: "压测图片", caption: "压测", credit: null } }] },
    },
  });
  await publishArticle(BENCH_ACTOR, { articleId: id, baseVersion: saved.version });
  return `/media/${media.hash}/960.webp`;
}

async function main() {
  ensureDebianPackages([{ name: "wrk", present: () => existsSync("/usr/bin/wrk") }, NGINX_PACKAGE], "bench:media", log);
  const root = await mkdtemp(path.join(os.tmpdir(), "media-bench-"));
  let app: ChildProcess | null = null;
  let nginx: TLocalNginx | null = null;
  let database: Awaited<ReturnType<typeof startEmbeddedDatabase>> | null = null;
  try {
    log("generating a 24-megapixel JPEG…");
    const photo = await make24MegapixelJpeg();
    const file = path.join(root, "photo-24mp.jpg");
    await writeFile(file, photo);
    log("processing (a fresh process per run)…");
    const webpJpeg = processRuns(file, "webp,jpeg");
    const withAvif = processRuns(file, "webp,jpeg,avif");

    buildApp(DIST, log);
    const dbPort = await findFreePort();
    database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port: dbPort, user: "bench", password: "bench", database: "newsroom" });
    const databaseUrl = `postgresql://bench:bench@127.0.0.1:${dbPort}/newsroom`;
    process.env.DATABASE_URL = databaseUrl;
    await runMigrations(databaseUrl);
    await seedPages();
    const renditionPath = await publishedPhoto(photo);

    const [appPort, nginxPort, refreshPort, staticPort] = [await findFreePort(), await findFreePort(), await findFreePort(), await findFreePort()];
    app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(appPort)], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        DATABASE_URL: databaseUrl,
        PORT: String(appPort),
        NODE_ENV: "production",
        SITE_URL: `http://127.0.0.1:${nginxPort}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    const appUrl = `http://127.0.0.1:${appPort}`;
    await waitForServer(appUrl + renditionPath, app, "next start");
    const bytes = Buffer.from(await (await fetch(appUrl + renditionPath)).arrayBuffer());
    nginx = await startLocalNginx({
      upstream: `127.0.0.1:${appPort}`,
      port: nginxPort,
      refreshPort,
      dir: path.join(root, "nginx"),
      staticHtml: bytes,
      staticPort,
    });
    for (let i = 0; i < 3; i += 1) await (await fetch(nginx.origin + renditionPath)).arrayBuffer();
    const cacheStatus = (await fetch(nginx.origin + renditionPath)).headers.get("x-cache-status");

    log("serving: static nginx, nginx micro-cache, app alone…");
    const staticRun = { c64: await runWrk(`${nginx.staticOrigin}/`, 64, DURATION), c8: await runWrk(`${nginx.staticOrigin}/`, 8, DURATION) };
    const cachedRun = { c64: await runWrk(nginx.origin + renditionPath, 64, DURATION), c8: await runWrk(nginx.origin + renditionPath, 8, DURATION) };
    const appRun = { c64: await runWrk(appUrl + renditionPath, 64, DURATION), c8: await runWrk(appUrl + renditionPath, 8, DURATION) };

    const fmtProcess = (runs: TProcessRun[]) =>
      `${Math.round(median(runs.map((r) => r.ms)))} ms median of ${runs.map((r) => Math.round(r.ms)).join("/")} ms, peak RSS ${Math.round(median(runs.map((r) => r.peakRssMb)))} MB (${Math.round(median(runs.map((r) => r.startRssMb)))} MB before), ${runs[0]?.renditions} renditions, ${Math.round(runs[0]?.storedKb ?? 0)} KB`;
    const fmt = (r: TWrk) =>
      `${Math.round(r.rps).toString().padStart(7)} req/s  p50 ${`${r.p50.toFixed(2)}ms`.padStart(9)}  p99 ${`${r.p99.toFixed(2)}ms`.padStart(9)}${r.errors ? `  (${r.errors})` : ""}`;
    const lines = [
      `media benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs (wrk shares them), ${DURATION} per run`,
      `24-megapixel JPEG (${Math.round(photo.byteLength / 1024)} KB), 3 widths:`,
      `  WebP + JPEG (stored today)   ${fmtProcess(webpJpeg)}`,
      `  WebP + JPEG + AVIF           ${fmtProcess(withAvif)}`,
      `rendition ${renditionPath.replace(/[0-9a-f]{32}/, "<hash>")} (${Math.round(bytes.byteLength / 1024)} KB), nginx cache status after warm-up: ${cacheStatus}`,
      "                                   64 connections                          8 connections",
      `  nginx static file (same bytes)   ${fmt(staticRun.c64)}   ${fmt(staticRun.c8)}`,
      `  nginx micro-cache                ${fmt(cachedRun.c64)}   ${fmt(cachedRun.c8)}   ${Math.round((100 * cachedRun.c64.rps) / staticRun.c64.rps)}% of static`,
      `  app alone (PostgreSQL storage)   ${fmt(appRun.c64)}   ${fmt(appRun.c8)}   ${Math.round((100 * appRun.c64.rps) / staticRun.c64.rps)}% of static`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    if (app?.pid && app.exitCode === null) {
      try {
        process.kill(-app.pid, "SIGTERM");
      } catch {}
    }
    await nginx?.stop();
    await disconnectDb();
    await database?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") await child(process.argv[3] ?? "", process.argv[4] ?? "webp,jpeg");
else await main();

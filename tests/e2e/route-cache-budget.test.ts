// The route cache on disk stays within READER_CACHE_MAX_MB however many pages readers and crawlers ask
// for: a production server with a 1 MB budget renders every story of a few generated days (several times
// the budget in pages), keeps at most the budget on disk, and still answers an evicted page in full by
// rendering it again. The server runs on a database of its own so the generated days touch no other suite.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedDatabase, type TEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";
import { readerPaths } from "@/lib/reader-change/urls";
import { generateArchive } from "../../bench/archive-generator";

const BUDGET_MB = 1;
let root = "";
let database: TEmbeddedDatabase | undefined;
let server: ChildProcess | undefined;
let origin = "";
let distDir = "";
let stories: Array<{ url: string; headline: string }> = [];

async function bytesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let bytes = 0;
  for (const entry of entries) if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  return bytes;
}

/** What the budget covers: rendered pages and route bodies, and Next's data entries. */
const cacheBytes = async () => (await bytesUnder(path.join(distDir, "server", "route-cache"))) + (await bytesUnder(path.join(distDir, "cache", "fetch-cache")));

async function waitForServer(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not answer");
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-cache-budget-"));
  const dbPort = await findFreePort();
  database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port: dbPort, user: "budget", password: "budget", database: "budget" });
  const url = `postgresql://budget:budget@127.0.0.1:${dbPort}/budget`;
  await runMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await generateArchive(client, { startDate: "2025-11-01", days: 6, seed: 11, searchIndex: "skip" });
    const { rows } = await client.query<{ id: number; headline: string }>(
      `SELECT "articleId" AS id, "headline" FROM "ArticleSnapshot" WHERE "live" ORDER BY "id"`,
    );
    stories = rows.map((row) => ({ url: readerPaths.article(row.id, row.headline), headline: row.headline }));
  } finally {
    await client.end();
  }

  // The e2e build without its caches, in a directory of its own inside the project (.next-* is git-ignored).
  const port = await findFreePort();
  distDir = `.next-cache-budget-${port}`;
  await cp(".next", distDir, {
    recursive: true,
    filter: (source) => !/^\.next\/(cache|server\/route-cache)(\/|$)/.test(path.relative(process.cwd(), source)),
  });
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "start", "--port", String(port)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: url,
      PORT: String(port),
      NODE_ENV: "production",
      SKIP_SEED: "1",
      SITE_URL: origin,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      READER_CACHE_MAX_MB: String(BUDGET_MB),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForServer(server);
}, 240_000);

afterAll(async () => {
  const pid = server?.pid;
  if (server && pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {}
    await exited;
  }
  if (distDir) await rm(distDir, { recursive: true, force: true });
  await database?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the route cache with READER_CACHE_MAX_MB=1", () => {
  it("keeps at most the budget on disk while every story is read, and renders an evicted page again", { timeout: 300_000 }, async () => {
    const budget = BUDGET_MB * 1024 * 1024;
    expect(stories.length).toBeGreaterThan(200);
    let served = 0;
    let largest = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < stories.length) {
          const story = stories[next++] as { url: string; headline: string };
          const response = await fetch(new URL(story.url, origin));
          expect(response.status, story.url).toBe(200);
          served += (await response.arrayBuffer()).byteLength;
          largest = Math.max(largest, await cacheBytes());
        }
      }),
    );
    // The pages served are several times the budget: without it, the cache would hold all of them.
    expect(served).toBeGreaterThan(3 * budget);
    // One entry may be on its way to disk while the oldest is removed.
    expect(largest).toBeLessThanOrEqual(budget + 256 * 1024);
    expect(await cacheBytes()).toBeLessThanOrEqual(budget);

    // The first stories were evicted long ago: they are rendered again, whole.
    for (const story of stories.slice(0, 3)) {
      const response = await fetch(new URL(story.url, origin));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(story.headline.slice(0, 8));
    }
  });
});

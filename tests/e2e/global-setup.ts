// End-to-end suite: a production build served by `npm start`'s launcher on its own embedded PostgreSQL
// (temp directory, free port — never .data/), migrated and seeded exactly as a newcomer's first start.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { ensureNginx, startLocalNginx, type TLocalNginx } from "../helpers/nginx";
import { ensureChromium } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    e2eDatabaseUrl: string;
    /** The nginx micro-cache from deploy/nginx in front of the same app, as in production. */
    cachedUrl: string;
    cacheRefreshLog: string;
    /** The micro-cache's refresh server (internal port), which the app asks to refresh changed URLs. */
    cacheRefreshUrl: string;
    editors: Array<{ email: string; password: string; name: string }>;
  }
}

const EDITORS = [
  { email: "wang@jzrb.test", password: "Jinzhong#2025-a", name: "王编辑" },
  { email: "li@jzrb.test", password: "Jinzhong#2025-b", name: "李编辑" },
];

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before answering`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer ${url} within ${timeoutMs / 1000}s`);
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  ensureNginx();

  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed; run `npm run build` to see why");
  }

  const root = await mkdtemp(path.join(os.tmpdir(), "newsroom-e2e-"));
  const dbPort = await findFreePort();
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port: dbPort, user: "e2e", password: "e2e", database: "newsroom" });
  const databaseUrl = `postgresql://e2e:e2e@127.0.0.1:${dbPort}/newsroom`;

  const appPort = await findFreePort();
  const nginxPort = await findFreePort();
  const nginxRefreshPort = await findFreePort();
  const server = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "start", "--port", String(appPort)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(appPort),
        NODE_ENV: "production",
        // Required in production (`npm start` refuses to start without it); here the app's own origin.
        SITE_URL: `http://127.0.0.1:${appPort}`,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        READER_CACHE_REFRESH_ORIGINS: `http://127.0.0.1:${nginxRefreshPort}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const baseUrl = `http://127.0.0.1:${appPort}`;
  let nginx: TLocalNginx;
  try {
    await waitForServer(baseUrl, server, 60_000);
    nginx = await startLocalNginx({ upstream: `127.0.0.1:${appPort}`, port: nginxPort, refreshPort: nginxRefreshPort, dir: path.join(root, "nginx") });
  } catch (error) {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await database.stop();
    throw error;
  }

  // Accounts are made the way the first admin is: with the command-line tool.
  for (const editor of EDITORS) {
    const created = spawnSync(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "lib/cli/user-create.ts",
        "--email",
        editor.email,
        "--password",
        editor.password,
        "--role",
        "EDITOR",
        "--name",
        editor.name,
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
    );
    if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr}`);
  }

  project.provide("baseUrl", baseUrl);
  project.provide("editors", EDITORS);
  project.provide("chromiumPath", chromiumPath);
  project.provide("e2eDatabaseUrl", databaseUrl);
  project.provide("cachedUrl", nginx.origin);
  project.provide("cacheRefreshLog", nginx.refreshLog);
  project.provide("cacheRefreshUrl", nginx.refreshOrigin);

  return async () => {
    await nginx.stop();
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await database.stop();
    await rm(root, { recursive: true, force: true });
  };
}

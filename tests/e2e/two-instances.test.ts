// Growing past one machine: two production servers on one PostgreSQL behind the shipped nginx template,
// each with its own build directory (as two containers would have). A publish handled by one instance
// shows on both and through nginx; an unpublish handled by the other disappears from all three. Each
// instance hears the change on its own LISTEN connection and refreshes nginx's copy itself.
// (A scheduled action firing once belongs here too, once scheduled publishing exists.)
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { importPage } from "@/lib/import/import-page";
import { readerPaths } from "@/lib/reader-change/urls";
import { FROM_CACHE, startLocalNginx, type TLocalNginx } from "../helpers/nginx";
import { page, story } from "../helpers/pages";
import { CHROMIUM_ARGS } from "./chromium";

process.env.DATABASE_URL = inject("e2eDatabaseUrl");

const HEADLINE = "两台服务器同时上线后签发的消息";
const PAGE_PATH = readerPaths.page("2025-12-20", 9);

interface TInstance {
  origin: string;
  distDir: string;
  process: ChildProcess;
}

let root = "";
let browser: Browser;
let nginx: TLocalNginx;
const instances: TInstance[] = [];
let articleId = 0;

async function waitForServer(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the instance on ${origin} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the instance on ${origin} did not answer`);
}

async function startInstance(port: number, refreshOrigin: string, authSecret: string): Promise<TInstance> {
  // A build directory of its own (the e2e build, without its caches), inside the project so that Next
  // finds node_modules; .next-* is git-ignored.
  const distDir = `.next-two-instances-${port}`;
  await cp(".next", distDir, {
    recursive: true,
    filter: (source) => !/^\.next\/(cache|server\/route-cache)(\/|$)/.test(path.relative(process.cwd(), source)),
  });
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "start", "--port", String(port)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: inject("e2eDatabaseUrl"),
      PORT: String(port),
      NODE_ENV: "production",
      SKIP_SEED: "1",
      // Each instance's own origin, so that an editor can work on it directly.
      SITE_URL: origin,
      // Shared, as in production: a session made by one instance is good on the other.
      AUTH_SECRET: authSecret,
      READER_CACHE_REFRESH_ORIGINS: refreshOrigin,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const instance = { origin, distDir, process: child };
  instances.push(instance);
  await waitForServer(origin, child);
  return instance;
}

async function stopInstance(instance: TInstance): Promise<void> {
  const { pid, exitCode } = instance.process;
  if (pid && exitCode === null) {
    const exited = new Promise((resolve) => instance.process.once("exit", resolve));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {}
    await exited;
  }
  await rm(instance.distDir, { recursive: true, force: true });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-two-instances-"));
  const [portA, portB, nginxPort, refreshPort] = [await findFreePort(), await findFreePort(), await findFreePort(), await findFreePort()];
  const refreshOrigin = `http://127.0.0.1:${refreshPort}`;
  const authSecret = randomBytes(32).toString("base64url");
  await Promise.all([startInstance(portA, refreshOrigin, authSecret), startInstance(portB, refreshOrigin, authSecret)]);
  nginx = await startLocalNginx({ upstream: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`], port: nginxPort, refreshPort, dir: path.join(root, "nginx") });
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
  const imported = await importPage(
    page(story({ headline: HEADLINE })),
    { issueDate: "2025-12-20", pageNumber: 9, pageName: "双机", publish: false },
    SYSTEM_IMPORT,
  );
  articleId = imported.articles[0]?.id ?? 0;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await Promise.all(instances.map(stopInstance));
  if (root) await rm(root, { recursive: true, force: true });
});

async function html(origin: string, pathname: string): Promise<{ status: number; text: string; cache: string | null }> {
  const response = await fetch(new URL(pathname, origin));
  return { status: response.status, text: await response.text(), cache: response.headers.get("x-cache-status") ?? response.headers.get("x-nextjs-cache") };
}

async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Refresh requests for `uri` that nginx has logged (one per instance and change). */
async function refreshesOf(uri: string): Promise<string[]> {
  const lines = (await readFile(nginx.refreshLog, "utf8").catch(() => "")).split("\n").filter(Boolean);
  return lines.map((line) => line.split(" ").slice(-2).join(" ")).filter((line) => line.endsWith(` ${uri}`));
}

/** An editor signed in on `origin` (through the sign-in page), as an API client with that session. */
async function editorOn(origin: string) {
  const editor = inject("editors")[0];
  if (!editor) throw new Error("no editor");
  const context = await browser.newContext({ locale: "zh-CN" });
  const signIn = await context.newPage();
  await signIn.goto(new URL("/newsroom", origin).toString());
  await signIn.getByLabel("邮箱").fill(editor.email);
  await signIn.getByLabel("密码").fill(editor.password);
  await signIn.getByRole("button", { name: "登录" }).click();
  await signIn.waitForURL(new URL("/newsroom", origin).toString());
  await signIn.close();
  const call = async (action: "publish" | "unpublish") => {
    const current = (await (await context.request.get(new URL(`/api/newsroom/articles/${articleId}`, origin).toString())).json()) as { version: number };
    const response = await context.request.post(new URL(`/api/newsroom/articles/${articleId}/${action}`, origin).toString(), {
      headers: { origin },
      // The version the editor saw, under both names the API has used for it.
      data: action === "publish" ? { baseVersion: current.version } : {},
    });
    expect(response.status(), `${action} on ${origin}`).toBe(200);
  };
  return { context, publish: () => call("publish"), unpublish: () => call("unpublish") };
}

describe("two app instances on one PostgreSQL behind nginx", () => {
  it("show a publish made on one of them on both and through nginx, and an unpublish made on the other", async () => {
    const [a, b] = instances;
    if (!a || !b) throw new Error("instances not started");
    const storyPath = readerPaths.article(articleId, HEADLINE);
    // Each instance and nginx have the page stored, without the story.
    for (const origin of [a.origin, b.origin, nginx.origin]) {
      await html(origin, PAGE_PATH);
      const before = await html(origin, PAGE_PATH);
      expect(before.status, origin).toBe(200);
      expect(before.text, origin).not.toContain(HEADLINE);
      expect(before.cache, origin).toMatch(FROM_CACHE);
      expect((await html(origin, storyPath)).status, origin).toBe(404);
    }

    const editorA = await editorOn(a.origin);
    await editorA.publish();
    for (const origin of [a.origin, b.origin, nginx.origin]) {
      await until(`the story on ${origin}`, async () => (await html(origin, PAGE_PATH)).text.includes(HEADLINE));
      const published = await html(origin, storyPath);
      expect(published.status, origin).toBe(200);
      expect(published.text, origin).toContain(HEADLINE);
    }
    // Both instances heard the change and refreshed nginx's copy, not only the one that published it.
    await until("a refresh of the page by each instance", async () => (await refreshesOf(PAGE_PATH)).length >= 2);
    await editorA.context.close();

    const editorB = await editorOn(b.origin);
    await editorB.unpublish();
    for (const origin of [a.origin, b.origin, nginx.origin]) {
      await until(`the story gone from ${origin}`, async () => !(await html(origin, PAGE_PATH)).text.includes(HEADLINE));
      expect((await html(origin, storyPath)).status, origin).toBe(404);
    }
    await until("the unpublish's refreshes by each instance", async () => (await refreshesOf(PAGE_PATH)).length >= 4);
    await editorB.context.close();
  }, 120_000);
});

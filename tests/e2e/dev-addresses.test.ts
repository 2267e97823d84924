// A newcomer's `npm run dev`: the editor works at every address the dev server prints (Local, Network)
// and at 127.0.0.1. Next 16 refuses its dev scripts to pages opened on any other host than localhost
// unless next.config.ts allows it; the page then shows but never hydrates, so the editor has no body.
// Runs the dev server (its own .next/dev build) on the e2e database.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded-postgres";
import { CHROMIUM_ARGS } from "./chromium";

let browser: Browser;
let dev: ChildProcess;
let port = 0;
let output = "";

beforeAll(async () => {
  port = await findFreePort();
  dev = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "dev", "--port", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: inject("e2eDatabaseUrl"),
      SKIP_SEED: "1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  dev.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  dev.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 120_000;
  while (!/Ready in/.test(output)) {
    if (dev.exitCode !== null) throw new Error(`next dev exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`next dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once("exit", resolve));
    process.kill(-dev.pid, "SIGTERM");
    await exited;
  }
});

describe("npm run dev", () => {
  it("gives a working editor at every address it prints, and at 127.0.0.1", { timeout: 600_000 }, async () => {
    const printed = [...output.matchAll(/-\s+(?:Local|Network):\s+(http:\/\/\S+)/g)].map((match) => new URL(match[1] ?? "").origin);
    expect(printed.length).toBeGreaterThan(0);
    const origins = [...new Set([...printed, `http://127.0.0.1:${port}`])];
    const editor = inject("editors")[0];
    if (!editor) throw new Error("no editor");
    for (const origin of origins) {
      const context = await browser.newContext({ locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`${origin}/newsroom`, { timeout: 240_000 });
      await page.getByLabel("邮箱").fill(editor.email);
      await page.getByLabel("密码").fill(editor.password);
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL(`${origin}/newsroom`, { timeout: 240_000 });
      await page.getByRole("link", { name: "市委理论学习中心组举行扩大学习会", exact: true }).click();
      await page.waitForURL(/\/newsroom\/articles\/\d+$/, { timeout: 240_000 });
      // The editor's body exists only once the page has hydrated.
      const body = page.locator(".ProseMirror");
      await body.waitFor({ timeout: 240_000 });
      expect(await body.getAttribute("contenteditable"), origin).toBe("true");
      await context.close();
    }
    expect(output).not.toContain("Blocked cross-origin request");
  });
});

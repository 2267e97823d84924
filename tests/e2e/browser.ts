// One Chromium per test file, driven by playwright-core.
import { spawnSync } from "node:child_process";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

/** The page's address under test. */
export const appUrl = (path: string) => new URL(path, inject("baseUrl")).toString();

/** A Chromium of the test file's own, launched before its tests and closed after: call `browser()` in tests. */
export function chromiumForFile(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** Signs in the suite's `index`-th editor account (tests/e2e/global-setup.ts) in a fresh context. */
export function signInEditor(browser: Browser, index = 0): Promise<{ context: BrowserContext; page: Page }> {
  const editor = inject("editors")[index];
  if (!editor) throw new Error(`no editor account ${index}`);
  return signInInBrowser(browser, editor);
}

/** Calls a newsroom route from inside the signed-in page (same origin, the session's cookie). */
export async function callFromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: () => inject("baseUrl"),
    async open(pathname: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: options.javaScriptEnabled ?? true });
      const page = await context.newPage();
      await page.goto(new URL(pathname, inject("baseUrl")).toString());
      return page;
    },
  };
}

/** Signs in through the newsroom's sign-in form in a fresh context; returns that context and its page. */
export async function signInInBrowser(browser: Browser, account: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const url = (path: string) => new URL(path, inject("baseUrl")).toString();
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url("/newsroom/sign-in"));
  await page.getByLabel("邮箱").fill(account.email);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(url("/newsroom"));
  return { context, page };
}

/** Creates an account the way a newsroom makes its first one: with the command-line tool. */
export function createAccountWithCli(account: { email: string; password: string; name: string }, role: "ADMIN" | "EDITOR"): void {
  const created = spawnSync(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "lib/cli/user-create.ts",
      ...["--email", account.email, "--password", account.password, "--role", role, "--name", account.name],
    ],
    { env: { ...process.env, DATABASE_URL: inject("e2eDatabaseUrl") }, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr}`);
}

/**
 * Saves with Ctrl+S and waits for the server's answer to that save, then for the editor to say 已保存.
 * Waiting for 已保存 alone is not enough: when an autosave already sent everything, the status still reads
 * 已保存 for a moment after the key press, and leaving then would leave during the explicit save.
 */
export async function saveWithShortcut(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => {
    const request = response.request();
    if (request.method() !== "PUT") return false;
    try {
      return (request.postDataJSON() as { mode?: string } | null)?.mode === "save";
    } catch {
      return false;
    }
  });
  await page.keyboard.press("Control+s");
  await answered;
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
}

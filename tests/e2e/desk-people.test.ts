// The admin desk in Chromium: an admin merges two spellings of a contributor and the reader page of an
// affected published story shows the survivor's name (the old byline URL redirecting); an editor is
// refused on every page and route of the desk.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callFromPage as api, createAccountWithCli, signInInBrowser } from "./browser";
import { CHROMIUM_ARGS } from "./chromium";

const ADMIN = { email: "chief@jzrb.test", password: "Jinzhong#Admin-1", name: "总编辑" };
const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");
let browser: Browser;
const url = (path: string) => new URL(path, inject("baseUrl")).toString();

beforeAll(async () => {
  // The first admin is made the way a newsroom makes it: with the command-line tool.
  createAccountWithCli(ADMIN, "ADMIN");
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

const signIn = async (account: { email: string; password: string }): Promise<Page> => (await signInInBrowser(browser, account)).page;

/** Serious and critical axe findings on the page, or only inside `selector`. */
async function seriousAxeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (within) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const result = await (window as any).axe.run(within ? { include: [[within]] } : document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation: { impact: string }) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation: { id: string; nodes: Array<{ target: unknown }> }) =>
          `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(" ")}`,
      );
  }, selector);
}

/** A web-only story signed by `name`, published through the newsroom's routes. */
async function publishedStory(page: Page, headline: string, name: string): Promise<number> {
  const created = await api(page, "POST", "/api/newsroom/articles", { kind: "news", headline, pageId: null });
  expect(created.status).toBe(201);
  const id = (created.json as { id: number }).id;
  const draft = (await api(page, "GET", `/api/newsroom/articles/${id}`)).json as { version: number; draft: Record<string, unknown> };
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${headline}的正文。` }] }] };
  const saved = await api(page, "PUT", `/api/newsroom/articles/${id}`, {
    baseVersion: draft.version,
    mode: "save",
    draft: { ...draft.draft, body, bylines: [{ contributorId: null, name, role: "reporter", affiliation: "本报" }] },
  });
  expect(saved.status).toBe(200);
  const published = await api(page, "POST", `/api/newsroom/articles/${id}/publish`, { baseVersion: (saved.json as { version: number }).version });
  expect(published.status).toBe(200);
  return id;
}

async function contributorId(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`SELECT "id" FROM "Contributor" WHERE "name" = $1 ORDER BY "id" LIMIT 1`, [name]);
    return rows[0]?.id ?? 0;
  } finally {
    await client.end();
  }
}

describe("the admin desk", () => {
  it("merges two spellings of a contributor, and readers see the survivor's name", async () => {
    const page = await signIn(ADMIN);
    await publishedStory(page, "郝建国采写的稿件", "郝建国");
    const misspelled = await publishedStory(page, "署名写错的稿件", "郝建囯");
    expect(await (await fetch(url(`/articles/${misspelled}`))).text()).toContain("郝建囯");
    const survivorId = await contributorId("郝建国");
    const duplicateId = await contributorId("郝建囯");

    await page.goto(url("/newsroom/contributors?q=郝建"));
    await page.getByRole("link", { name: "郝建囯", exact: true }).click();
    await page.waitForURL(url(`/newsroom/contributors/${duplicateId}`));
    await page.getByLabel("合并到").selectOption(String(survivorId));
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "合并" }).click();
    await page.waitForURL(url(`/newsroom/contributors/${survivorId}?merged=${duplicateId}`));
    await expect.poll(() => page.getByText("已合并署名人").count()).toBe(1);

    // The story's cached page is dropped when the merge's notification arrives (a moment after the commit).
    await expect.poll(async () => (await (await fetch(url(`/articles/${misspelled}`))).text()).includes("郝建囯"), { timeout: 10_000 }).toBe(false);
    const reader = await browser.newPage();
    await reader.goto(url(`/articles/${misspelled}`));
    const text = ((await reader.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
    expect(text).toContain("郝建国");
    expect(text).not.toContain("郝建囯");
    await expect.poll(async () => (await fetch(url(`/bylines/${duplicateId}`), { redirect: "manual" })).status, { timeout: 10_000 }).toBe(308);
    const old = await fetch(url(`/bylines/${duplicateId}`), { redirect: "manual" });
    expect(new URL(old.headers.get("location") ?? "", url("/")).pathname).toBe(`/bylines/${survivorId}`);
    await reader.goto(url(`/bylines/${duplicateId}`));
    expect(new URL(reader.url()).pathname).toBe(`/bylines/${survivorId}`);
    expect(await reader.getByText("署名写错的稿件").count()).toBeGreaterThan(0);
    await reader.close();
    await page.context().close();
  });

  it("keeps a renamed 栏目's old reader URL working by a permanent redirect", async () => {
    const page = await signIn(ADMIN);
    const created = await api(page, "POST", "/api/newsroom/columns", { name: "改名测试栏目", slug: "rename-test" });
    expect(created.status).toBe(201);
    const columnId = (created.json as { id: number }).id;
    const story = (await api(page, "POST", "/api/newsroom/articles", { kind: "news", headline: "栏目改名测试稿", pageId: null })).json as { id: number };
    const draft = (await api(page, "GET", `/api/newsroom/articles/${story.id}`)).json as { version: number; draft: Record<string, unknown> };
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文。" }] }] };
    const saved = await api(page, "PUT", `/api/newsroom/articles/${story.id}`, {
      baseVersion: draft.version,
      mode: "save",
      draft: { ...draft.draft, body, columnName: "改名测试栏目" },
    });
    await api(page, "POST", `/api/newsroom/articles/${story.id}/publish`, { baseVersion: (saved.json as { version: number }).version });
    expect((await fetch(url("/columns/rename-test"))).status).toBe(200);

    expect((await api(page, "PUT", `/api/newsroom/columns/${columnId}`, { name: "改名后的栏目", slug: "renamed" })).status).toBe(200);
    // The cached list page is dropped when the rename's notification arrives (a moment after the commit).
    await expect.poll(async () => (await fetch(url("/columns/rename-test"), { redirect: "manual" })).status, { timeout: 10_000 }).toBe(308);
    const old = await fetch(url("/columns/rename-test"), { redirect: "manual" });
    expect(new URL(old.headers.get("location") ?? "", url("/")).pathname).toBe("/columns/renamed");
    const renamed = await fetch(url("/columns/renamed"));
    expect(renamed.status).toBe(200);
    expect(await renamed.text()).toContain("栏目改名测试稿");
    await page.context().close();
  });

  it("suggests existing contributors in the editor's byline field, by keyboard (ARIA combobox)", async () => {
    const page = await signIn(ADMIN);
    const created = await api(page, "POST", "/api/newsroom/articles", { kind: "news", headline: "署名提示测试", pageId: null });
    await page.goto(url(`/newsroom/articles/${(created.json as { id: number }).id}`));
    await page.getByRole("button", { name: "添加署名" }).click();
    const name = page.getByRole("combobox", { name: "第1位署名的姓名" });
    await name.fill("wwa");
    const option = page.getByRole("option", { name: /王文安/ });
    await option.waitFor();
    expect(await name.getAttribute("aria-expanded")).toBe("true");
    await name.press("ArrowDown");
    expect(await name.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    expect(await option.getAttribute("aria-selected")).toBe("true");
    // The byline fields with the list open (the rest of the editor is not this test's).
    expect(await seriousAxeViolations(page, ".nr-byline")).toEqual([]);
    await name.press("Enter");
    expect(await name.inputValue()).toBe("王文安");
    expect(await name.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByLabel("第1位署名的单位").inputValue()).toBe("本报");
    await name.fill("欧阳新人");
    await page.getByText("新署名人：保存时新建").waitFor();
    await page.context().close();
  });

  it("passes axe on every page of the desk", async () => {
    const page = await signIn(ADMIN);
    const someone = await contributorId("王文安");
    for (const path of [
      "/newsroom/contributors",
      `/newsroom/contributors/${someone}`,
      "/newsroom/sections",
      "/newsroom/columns",
      "/newsroom/accounts",
      "/newsroom/accounts/password",
      "/newsroom/audit",
    ]) {
      await page.goto(url(path));
      expect(await page.locator("h1").count(), path).toBe(1);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await page.context().close();
  });

  it("refuses an editor on every page and route of the desk", async () => {
    const editor = inject("editors")[0];
    if (!editor) throw new Error("no editor");
    const page = await signIn(editor);
    for (const path of [
      "/newsroom/contributors",
      "/newsroom/contributors/1",
      "/newsroom/sections",
      "/newsroom/columns",
      "/newsroom/accounts",
      "/newsroom/audit",
    ]) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(403);
      expect(new URL(page.url()).pathname, path).toBe(path);
      expect(await page.getByRole("heading", { name: "没有权限访问该页面" }).count(), path).toBe(1);
      expect(await page.getByRole("navigation", { name: "管理" }).count(), path).toBe(0);
    }
    const self = await api(page, "GET", "/api/auth/session");
    const selfId = (self.json as { user?: { id?: string } }).user?.id ?? "x";
    const routes: Array<[string, string, unknown]> = [
      ["POST", "/api/newsroom/contributors", { name: "不该出现的人" }],
      ["PUT", "/api/newsroom/contributors/1", { name: "改名" }],
      ["POST", "/api/newsroom/contributors/1/active", { active: false }],
      ["POST", "/api/newsroom/contributors/1/merge", { survivorId: 2 }],
      ...(["sections", "columns"] as const).flatMap(
        (kind): Array<[string, string, unknown]> => [
          ["POST", `/api/newsroom/${kind}`, { name: "不该出现的栏目" }],
          ["PUT", `/api/newsroom/${kind}/1`, { name: "改名", slug: null }],
          ["POST", `/api/newsroom/${kind}/1/move`, { direction: "down" }],
          ["POST", `/api/newsroom/${kind}/1/hidden`, { hidden: true }],
          ["POST", `/api/newsroom/${kind}/1/delete`, {}],
        ],
      ),
      ["POST", "/api/newsroom/accounts", { email: "intruder@jzrb.test", role: "ADMIN", password: null }],
      ["POST", `/api/newsroom/accounts/${selfId}/role`, { role: "ADMIN" }],
      ["POST", `/api/newsroom/accounts/${selfId}/password`, { password: null }],
      ["POST", "/api/newsroom/accounts/x1/disabled", { disabled: true }],
      ["GET", "/api/newsroom/audit", undefined],
    ];
    for (const [method, path, body] of routes) {
      const answer = await api(page, method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.json, `${method} ${path}`).toMatchObject({ error: { code: "FORBIDDEN", message: "没有权限执行此操作" } });
    }
    // Still an editor: nothing of the above happened.
    expect((await page.goto(url("/newsroom/accounts")))?.status()).toBe(403);
    await page.context().close();
  });
});

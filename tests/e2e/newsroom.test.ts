// Editors in the browser: sign in, revise and publish a seeded story, edit concurrently without losing
// work, restore a revision — and anonymous requests to newsroom actions are refused.
import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

let browser: Browser;
const baseUrl = () => inject("baseUrl");
const url = (path: string) => new URL(path, baseUrl()).toString();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(editorIndex: number): Promise<{ context: BrowserContext; page: Page }> {
  const editor = inject("editors")[editorIndex];
  if (!editor) throw new Error("no such editor");
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url("/newsroom"));
  expect(new URL(page.url()).pathname).toBe("/newsroom/sign-in");
  await page.getByLabel("邮箱").fill(editor.email);
  await page.getByLabel("密码").fill(editor.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(url("/newsroom"));
  return { context, page };
}

async function openStory(page: Page, headline: string): Promise<number> {
  await page.goto(url("/newsroom"));
  await page.getByRole("link", { name: headline, exact: true }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+$/);
  await page.locator(".ProseMirror").waitFor();
  return Number(new URL(page.url()).pathname.split("/").at(-1));
}

async function waitForSaveState(page: Page, state: string) {
  await page.locator(`[data-save-state="${state}"]`).waitFor({ timeout: 10_000 });
}

describe("the newsroom", () => {
  it("refuses anonymous requests to every newsroom page and action", async () => {
    for (const path of ["/newsroom", "/newsroom/articles/3", "/newsroom/articles/3/history", "/newsroom/articles/3/preview"]) {
      const response = await fetch(url(path), { redirect: "manual" });
      expect(response.status, path).toBe(307);
      expect(response.headers.get("location"), path).toContain("/newsroom/sign-in");
    }
    const forged = { cookie: "authjs.session-token=forged-token" };
    const actions: Array<[string, string, unknown]> = [
      ["GET", "/api/newsroom/articles/3", undefined],
      ["PUT", "/api/newsroom/articles/3", { baseVersion: 1, mode: "save", draft: {} }],
      ["POST", "/api/newsroom/articles/3/publish", {}],
      ["POST", "/api/newsroom/articles/3/unpublish", {}],
      ["POST", "/api/newsroom/articles/3/restore", { revisionId: 1, baseVersion: 1 }],
      ["POST", "/api/newsroom/articles/3/presence", {}],
      ["POST", "/api/newsroom/articles", { headline: "匿名稿件" }],
    ];
    for (const [method, path, body] of actions) {
      for (const headers of [{}, forged]) {
        const response = await fetch(url(path), {
          method,
          headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          redirect: "manual",
        });
        expect(response.status, `${method} ${path}`).toBe(401);
      }
    }
    // Nothing changed for readers.
    const front = await (await fetch(url("/"))).text();
    expect(front).toContain("家门口的幸福“食”光");
  });

  it("lets an editor revise the seeded story and publish it to readers", async () => {
    const { context, page } = await signedIn(0);
    const id = await openStory(page, "家门口的幸福“食”光");
    await page.getByLabel("主题").fill("家门口的幸福“食”光越来越暖");
    // Click right of the last line of the lead: the caret lands at the end of the paragraph.
    const lead = await page.locator(".ProseMirror p").first().boundingBox();
    if (!lead) throw new Error("no lead paragraph");
    await page.mouse.click(lead.x + lead.width - 2, lead.y + lead.height - 6);
    await page.keyboard.type("居民们纷纷点赞。");
    await waitForSaveState(page, "saved");
    expect(await page.getByTestId("body-count").textContent()).toBe(String(785 + 8));

    // Saved but not yet published: readers still see the printed version; the preview shows the draft.
    const reader = await context.newPage();
    await reader.goto(url(`/articles/${id}`));
    expect(await reader.locator("h1").textContent()).toBe("家门口的幸福“食”光");
    expect(await reader.locator("main").textContent()).not.toContain("居民们纷纷点赞。");
    const preview = await context.newPage();
    await preview.goto(url(`/newsroom/articles/${id}/preview`));
    expect(await preview.locator("h1").textContent()).toContain("家门口的幸福“食”光越来越暖");
    expect(await preview.locator("article").textContent()).toContain("生动注脚。居民们纷纷点赞。");
    await preview.close();

    await page.getByRole("button", { name: "发布修改" }).click();
    await page.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("已发布：读者现在看到的是这一版。").waitFor();

    await reader.goto(url(`/articles/${id}`));
    expect(await reader.locator("h1").textContent()).toContain("家门口的幸福“食”光越来越暖");
    expect(await reader.locator("main").textContent()).toContain("生动注脚。居民们纷纷点赞。");
    const front = await (await fetch(url("/"))).text();
    expect(front).toContain("家门口的幸福“食”光越来越暖");

    // Leave the seeded page as printed for the other suites: restore the imported revision and republish.
    const database = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
    await database.connect();
    const { rows } = await database.query<{ id: number }>(`SELECT id FROM "ArticleRevision" WHERE "articleId" = $1 AND reason = 'import'`, [id]);
    await database.end();
    const current = (await (await context.request.get(url(`/api/newsroom/articles/${id}`))).json()) as { version: number };
    const restored = await context.request.post(url(`/api/newsroom/articles/${id}/restore`), {
      data: { revisionId: rows[0]?.id, baseVersion: current.version },
    });
    expect(restored.status()).toBe(200);
    const { version } = (await restored.json()) as { version: number };
    expect((await context.request.post(url(`/api/newsroom/articles/${id}/publish`), { data: {} })).status()).toBe(422);
    expect((await context.request.post(url(`/api/newsroom/articles/${id}/publish`), { data: { baseVersion: version } })).status()).toBe(200);
    await context.close();
  });

  it("merges two concurrent saves of different fields: the second editor sees the first one's change and both are kept", async () => {
    const first = await signedIn(0);
    const second = await signedIn(1);
    const id = await openStory(first.page, "竞逐“北斗”新赛道 打造产业新高地");
    await openStory(second.page, "竞逐“北斗”新赛道 打造产业新高地");
    await second.page
      .getByText("王编辑 也在编辑这篇稿件")
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);

    await first.page.getByLabel("副题").fill("——园区已签约入驻企业60余家");
    await waitForSaveState(first.page, "saved");

    await second.page.getByLabel("引题").fill("民营经济看晋中——");
    await second.page.getByText("已与其他编辑的修改合并").waitFor({ timeout: 10_000 });
    await waitForSaveState(second.page, "saved");
    expect(await second.page.getByLabel("副题").inputValue()).toBe("——园区已签约入驻企业60余家");
    expect(await second.page.getByLabel("引题").inputValue()).toBe("民营经济看晋中——");
    const stored = (await (await second.context.request.get(url(`/api/newsroom/articles/${id}`))).json()) as { draft: { kicker: string; subheadline: string } };
    expect(stored.draft).toMatchObject({ kicker: "民营经济看晋中——", subheadline: "——园区已签约入驻企业60余家" });

    // Put the printed headline parts back for the other suites.
    await second.page.getByLabel("引题").fill("山西北斗产业园——");
    await second.page.getByLabel("副题").fill("");
    await waitForSaveState(second.page, "saved");
    await first.context.close();
    await second.context.close();
  });

  it("restores an older revision as the working draft", async () => {
    const { context, page } = await signedIn(1);
    const id = await openStory(page, "晋中特色产品亮相2025世界绿发会暨中国绿博会");
    await page.getByLabel("主题").fill("改错了的标题");
    await waitForSaveState(page, "saved");
    await page.getByRole("button", { name: "保存" }).click();
    await waitForSaveState(page, "saved");

    await page.goto(url(`/newsroom/articles/${id}/history`));
    // By default the history compares the last change: the headline as the editor typed it.
    expect(await page.locator('[data-field="headline"] ins').allTextContents()).toEqual(["改错了的标题"]);
    const importRow = page.locator("tr", { hasText: "导入" }).first();
    page.once("dialog", (dialog) => void dialog.accept());
    await importRow.getByRole("button", { name: /恢复/ }).click();
    await page.waitForURL(new RegExp(`/newsroom/articles/${id}\\?restored=`));
    await page.locator(".ProseMirror").waitFor();
    expect(await page.getByLabel("主题").inputValue()).toBe("晋中特色产品亮相2025世界绿发会暨中国绿博会");

    await page.goto(url(`/newsroom/articles/${id}/history`));
    expect(await page.locator("tbody tr").first().textContent()).toContain("恢复旧版");
    await context.close();
  });

  it("signs out a disabled account on its next request, not when its session expires", async () => {
    const { context, page } = await signedIn(1);
    const editor = inject("editors")[1];
    const database = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
    await database.connect();
    try {
      await database.query(`UPDATE "User" SET "disabledAt" = now() WHERE email = $1`, [editor?.email]);
      await page.goto(url("/newsroom"));
      expect(new URL(page.url()).pathname).toBe("/newsroom/sign-in");
      const response = await context.request.post(url("/api/newsroom/articles/3/presence"), { data: {}, headers: { origin: baseUrl() } });
      expect(response.status()).toBe(401);
    } finally {
      await database.query(`UPDATE "User" SET "disabledAt" = NULL WHERE email = $1`, [editor?.email]);
      await database.end();
      await context.close();
    }
  });

  it("starts a web-only story, refuses to publish it untitled, and publishes it once titled", async () => {
    const { context, page } = await signedIn(0);
    await page.getByRole("button", { name: "新建稿件" }).click();
    await page.waitForURL(/\/newsroom\/articles\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").at(-1));
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("网络专稿的第一段。");
    await waitForSaveState(page, "saved");
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("不能发布：请先填写主题").waitFor();
    await page.getByLabel("主题").fill("网络专稿：晋中冬季文旅");
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("已发布：读者现在看到的是这一版。").waitFor();
    const reader = await context.newPage();
    await reader.goto(url(`/articles/${id}`));
    expect(await reader.locator("h1").textContent()).toContain("网络专稿：晋中冬季文旅");
    expect(await reader.locator("main").textContent()).toContain("网络专稿的第一段。");
    await context.close();
  });
});

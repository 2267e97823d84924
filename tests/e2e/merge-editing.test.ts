// Two editors on one story in two browser contexts: edits to different paragraphs are merged and both
// survive; edits to the same paragraph are shown in the editor block by block with 用我的 / 用对方的 /
// 两者都保留, and the choice is what gets saved; a window left on an older version says so and loads the
// newer one merged with what it has.
import pg from "pg";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { appUrl, chromiumForFile, signInEditor } from "./browser";

const browser = chromiumForFile();
const url = appUrl;

const signedIn = (index = 0) => signInEditor(browser(), index);

const saved = (page: Page) => page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });

/** Puts the caret at the end of the paragraph that contains `text` and types `typed`. */
async function appendTo(page: Page, text: string, typed: string) {
  await page.locator(".ProseMirror p", { hasText: text }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(typed);
}

async function paragraphs(page: Page): Promise<string[]> {
  return page.locator(".ProseMirror p").allTextContents();
}

async function storedParagraphs(context: BrowserContext, id: number): Promise<string[]> {
  const article = (await (await context.request.get(url(`/api/newsroom/articles/${id}`))).json()) as {
    draft: { body: { content: Array<{ type: string; content?: Array<{ text?: string }> }> } };
  };
  return article.draft.body.content.filter((block) => block.type === "paragraph").map((block) => (block.content ?? []).map((node) => node.text ?? "").join(""));
}

describe("two editors on one story", () => {
  it("merges edits to different paragraphs, resolves the same paragraph block by block, and updates a stale window", async () => {
    const a = await signedIn(0);
    const b = await signedIn(1);

    // A starts a story with three paragraphs.
    await a.page.getByLabel("主题").first().fill("两人合编的稿件");
    await a.page.getByRole("button", { name: "新建稿件" }).click();
    await a.page.waitForURL(/\/newsroom\/articles\/\d+$/);
    const id = Number(new URL(a.page.url()).pathname.split("/").at(-1));
    await a.page.locator(".ProseMirror").click();
    await a.page.keyboard.type("第一段。");
    await a.page.keyboard.press("Enter");
    await a.page.keyboard.type("第二段。");
    await a.page.keyboard.press("Enter");
    await a.page.keyboard.type("第三段。");
    await saved(a.page);

    // B opens the same version.
    await b.page.goto(url(`/newsroom/articles/${id}`));
    await b.page.locator(".ProseMirror p", { hasText: "第三段。" }).waitFor();
    await saved(b.page);

    // Different paragraphs: A saves first, B's save is based on the older version and is merged.
    await appendTo(a.page, "第一段。", "甲补充的话。");
    await saved(a.page);
    await appendTo(b.page, "第三段。", "乙补充的话。");
    await b.page.getByText("已与其他编辑的修改合并").waitFor({ timeout: 15_000 });
    await saved(b.page);
    expect(await storedParagraphs(b.context, id)).toEqual(["第一段。甲补充的话。", "第二段。", "第三段。乙补充的话。"]);
    // B's editor shows A's sentence too, so B's next save cannot take it out again.
    expect(await paragraphs(b.page)).toEqual(["第一段。甲补充的话。", "第二段。", "第三段。乙补充的话。"]);

    // A's window is now on an older version: within the presence interval it says so, and loads the newer one.
    const stale = a.page.getByTestId("stale-notice");
    await stale.waitFor({ timeout: 25_000 });
    expect(await stale.textContent()).toContain("李编辑已保存了较新的版本");
    await stale.getByRole("button", { name: "载入最新版本" }).click();
    await a.page.locator(".ProseMirror p", { hasText: "乙补充的话。" }).waitFor();
    expect(await paragraphs(a.page)).toEqual(["第一段。甲补充的话。", "第二段。", "第三段。乙补充的话。"]);
    expect(await stale.count()).toBe(0);

    // The same paragraph: A saves first; B sees the block conflict in the editor and keeps their own.
    await appendTo(a.page, "第二段。", "甲改的。");
    await saved(a.page);
    await appendTo(b.page, "第二段。", "乙改的。");
    await b.page.locator('[data-save-state="conflict"]').waitFor({ timeout: 15_000 });
    const panel = b.page.getByRole("alertdialog");
    const conflict = panel.locator("[data-conflict]");
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator("legend").textContent()).toContain("正文第 2 块");
    expect(await conflict.locator("ins").allTextContents()).toEqual(["甲改的。", "乙改的。"]);
    expect(await panel.locator("textarea").count()).toBe(0);
    const apply = panel.getByRole("button", { name: "按所选合并并保存" });
    expect(await apply.isDisabled()).toBe(true);
    await conflict.getByRole("radio", { name: "两者都保留" }).waitFor();
    await conflict.getByRole("radio", { name: "用我的" }).check();
    await apply.click();
    await saved(b.page);
    expect(await paragraphs(b.page)).toEqual(["第一段。甲补充的话。", "第二段。乙改的。", "第三段。乙补充的话。"]);
    expect(await storedParagraphs(b.context, id)).toEqual(["第一段。甲补充的话。", "第二段。乙改的。", "第三段。乙补充的话。"]);

    // The history records the merge.
    const database = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
    await database.connect();
    const { rows } = await database.query<{ reason: string }>(`SELECT reason FROM "ArticleRevision" WHERE "articleId" = $1`, [id]);
    await database.end();
    expect(rows.map((row) => row.reason)).toContain("merge");
    await a.context.close();
    await b.context.close();
  }, 90_000);

  it("shows what changes for readers before publishing, and publishes only when confirmed", async () => {
    const { context, page } = await signedIn(0);
    await page.getByLabel("主题").first().fill("发布前核对的稿件");
    await page.getByRole("button", { name: "新建稿件" }).click();
    await page.waitForURL(/\/newsroom\/articles\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").at(-1));
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("首发的一段。");
    await saved(page);

    await page.getByRole("button", { name: "发布" }).click();
    const summary = page.getByRole("dialog", { name: "发布前核对：读者将看到的变化" });
    await summary.getByText("这是这篇稿件的首次发布").waitFor();
    await summary.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("已发布：读者现在看到的是这一版。").waitFor();

    await appendTo(page, "首发的一段。", "后来加的。");
    await page.getByLabel("主题").fill("发布前核对的稿件（更新）");
    await saved(page);
    await page.getByRole("button", { name: "发布修改" }).click();
    await summary.getByText("与读者现在看到的版本").waitFor();
    expect(await summary.locator('[data-field="headline"] ins').allTextContents()).toEqual(["（更新）"]);
    expect(await summary.locator("ins").allTextContents()).toContain("后来加的。");
    // Cancel goes back without publishing.
    await summary.getByRole("button", { name: "取消" }).click();
    expect(await summary.count()).toBe(0);
    const reader = await (await fetch(url(`/articles/${id}`))).text();
    expect(reader).not.toContain("后来加的。");

    // Withdrawn, then published again: compared with what readers saw before, never called a first publication.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "撤下" }).click();
    await page.getByText("已撤下：读者不再看到这篇稿件。").waitFor();
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await summary.getByText("这篇稿件已撤下，发布后读者将重新看到它").waitFor();
    expect(await summary.getByText("这是这篇稿件的首次发布").count()).toBe(0);
    expect(await summary.locator('[data-field="headline"] ins').allTextContents()).toEqual(["（更新）"]);
    expect(await summary.locator("ins").allTextContents()).toContain("后来加的。");
    await summary.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("已发布：读者现在看到的是这一版。").waitFor();
    expect(await (await fetch(url(`/articles/${id}`))).text()).toContain("后来加的。");
    await context.close();
  });

  it("refuses a publish from a window on an older version and offers to load the latest first", async () => {
    const a = await signedIn(0);
    const b = await signedIn(1);
    await a.page.getByLabel("主题").first().fill("过期窗口发布的稿件");
    await a.page.getByRole("button", { name: "新建稿件" }).click();
    await a.page.waitForURL(/\/newsroom\/articles\/\d+$/);
    const id = Number(new URL(a.page.url()).pathname.split("/").at(-1));
    await a.page.locator(".ProseMirror").click();
    await a.page.keyboard.type("原来的一段。");
    await saved(a.page);
    await b.page.goto(url(`/newsroom/articles/${id}`));
    await b.page.locator(".ProseMirror p", { hasText: "原来的一段。" }).waitFor();

    await a.page.getByLabel("主题").fill("过期窗口发布的稿件（甲改）");
    await saved(a.page);
    await b.page.getByRole("button", { name: "发布" }).click();
    await b.page.getByRole("button", { name: "确认发布" }).click();
    await b.page.getByText("请先查看最新内容再发布").waitFor();
    expect((await fetch(url(`/articles/${id}`))).status).toBe(404);
    const stale = b.page.getByTestId("stale-notice");
    await stale.getByRole("button", { name: "载入最新版本" }).click();
    await stale.waitFor({ state: "detached" });
    expect(await b.page.getByLabel("主题").inputValue()).toBe("过期窗口发布的稿件（甲改）");
    await saved(b.page);
    await b.page.getByRole("button", { name: "发布" }).click();
    await b.page.getByRole("button", { name: "确认发布" }).click();
    await b.page.getByText("已发布：读者现在看到的是这一版。").waitFor();
    await a.context.close();
    await b.context.close();
  }, 90_000);
});

// Leaving the editor never loses a word: a link followed right after typing saves first, and when the
// save fails the editor is asked, the draft is kept in the browser and offered back when the story reopens;
// a refused new story is shown on its form in the editor's words.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, chromiumForFile, signInEditor } from "./browser";

const browser = chromiumForFile();
const url = appUrl;

const signedIn = () => signInEditor(browser());

/** Starts a web-only story and waits until its editor is ready and saved. */
async function newStory(page: Page, headline: string): Promise<string> {
  await page.getByLabel("主题").first().fill(headline);
  await page.getByRole("button", { name: "新建稿件" }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+$/);
  await page.locator(".ProseMirror").waitFor();
  await page.locator('[data-save-state="saved"]').waitFor();
  return page.url();
}

describe("leaving the editor", () => {
  it("saves what was typed just before a header link is followed", async () => {
    const { context, page } = await signedIn();
    const story = await newStory(page, "离开前保存的稿件");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("刚打的字");
    // At once, long before the autosave would run.
    await page.locator("header").getByRole("link", { name: "晋中日报 · 编辑部" }).click();
    await page.waitForURL(url("/newsroom"));
    await page.goto(story);
    await page.locator(".ProseMirror", { hasText: "刚打的字" }).waitFor();
    expect(await page.locator('[data-testid="kept-draft"]').count()).toBe(0);
    await context.close();
  });

  it("asks when the save fails, keeps the draft in the browser and offers it back", async () => {
    const { context, page } = await signedIn();
    const story = await newStory(page, "保存失败时保留的稿件");
    const articlePath = new URL(story).pathname.replace("/newsroom/", "/api/newsroom/");
    await page.route(`**${articlePath}`, (route) => (route.request().method() === "PUT" ? route.abort() : route.continue()));
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("断网时打的字");
    await page.locator("header").getByRole("link", { name: "晋中日报 · 编辑部" }).click();
    await page.waitForURL(url("/newsroom"));
    expect(asked.join("")).toContain("暂存在本机浏览器");
    await page.unroute(`**${articlePath}`);

    await page.goto(story);
    const offer = page.locator('[data-testid="kept-draft"]');
    await offer.waitFor();
    expect(await page.locator(".ProseMirror").textContent()).not.toContain("断网时打的字");
    await offer.getByRole("button", { name: "恢复" }).click();
    await page.locator(".ProseMirror", { hasText: "断网时打的字" }).waitFor();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await page.reload();
    await page.locator(".ProseMirror", { hasText: "断网时打的字" }).waitFor();
    expect(await offer.count()).toBe(0);
    await context.close();
  });

  it("shows a refused new story on the form, naming the field by its label", async () => {
    const { context, page } = await signedIn();
    const headline = page.getByLabel("主题").first();
    // The input stops at the limit; a request past it (another client, an old page) is refused in words.
    await headline.evaluate((input) => input.removeAttribute("maxlength"));
    await headline.fill("长".repeat(201));
    await page.getByRole("button", { name: "新建稿件" }).click();
    const refusal = page.locator("form").getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe("主题：不能超过 200 个字符");
    expect(new URL(page.url()).pathname).toBe("/newsroom");
    await context.close();
  });
});

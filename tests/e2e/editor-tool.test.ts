// The editor as a tool: Ctrl+S saves, links and 下转 are asked for in small dialogs (never browser prompts),
// a 下转 marker is changed in place, undo/redo buttons follow the history, the status bar and toolbar stay
// in view on a long story (desktop and phone), the tab is titled with the headline and 最后修改 follows saves.
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { chromiumForFile, saveWithShortcut, signInInBrowser } from "./browser";

const browser = chromiumForFile();
const browserDialogs: string[] = [];

afterEach(() => {
  const opened = browserDialogs.splice(0);
  expect(opened).toEqual([]);
});

async function signedIn(index = 0): Promise<{ context: BrowserContext; page: Page }> {
  const editor = inject("editors")[index];
  if (!editor) throw new Error("no editor");
  const session = await signInInBrowser(browser(), editor);
  // No browser prompt, alert, confirm or leave question may open anywhere in these journeys: each one is
  // dismissed (so the test fails on it instead of waiting for an answer) and reported after the test.
  session.page.on("dialog", (dialog) => {
    browserDialogs.push(`a browser ${dialog.type()} opened: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  return session;
}

/** Starts a story (web-only, or on the first page offered) and waits until its editor is ready and saved. */
async function newStory(page: Page, headline: string, options: { onPrintPage?: boolean } = {}): Promise<string> {
  await page.getByLabel("主题").first().fill(headline);
  if (options.onPrintPage) await page.getByLabel("版面").first().selectOption({ index: 1 });
  await page.getByRole("button", { name: "新建稿件" }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+$/);
  await page.locator(".ProseMirror").waitFor();
  await page.locator('[data-save-state="saved"]').waitFor();
  return page.url();
}

const toolbar = (page: Page) => page.getByRole("toolbar", { name: "正文格式" });

describe("the editor's tools", () => {
  it("saves on Ctrl+S instead of opening the browser's save dialog", async () => {
    const { context, page } = await signedIn();
    const story = await newStory(page, "快捷键保存的稿件");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("按快捷键保存");
    await page.evaluate(() => {
      // Registered after the editor's own listener, so it sees whether that one prevented the default.
      window.addEventListener("keydown", (event) => {
        if (event.key === "s") document.body.dataset.saveKeyPrevented = String(event.defaultPrevented);
      });
    });
    const explicitSave = page.waitForRequest((request) => request.method() === "PUT" && (request.postDataJSON() as { mode?: string }).mode === "save");
    await page.keyboard.press("Control+s");
    await explicitSave;
    expect(await page.evaluate(() => document.body.dataset.saveKeyPrevented)).toBe("true");
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
    await page.goto(story);
    await page.locator(".ProseMirror", { hasText: "按快捷键保存" }).waitFor();
    await context.close();
  });

  it("links through a dialog that adds https:// and refuses other schemes", async () => {
    const { context, page } = await signedIn();
    const story = await newStory(page, "链接对话框的稿件");
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("晋中新闻网");
    await page.keyboard.press("Shift+Home");

    const linkButton = toolbar(page).getByRole("button", { name: "链接" });
    await linkButton.click();
    const dialog = page.getByRole("dialog", { name: "插入链接" });
    await dialog.waitFor();
    const address = dialog.getByLabel("链接地址");
    expect(await address.evaluate((input) => input === document.activeElement)).toBe(true);

    await address.fill("javascript:alert(1)");
    await address.press("Enter");
    expect(await dialog.getByRole("alert").textContent()).toContain("不能使用其他协议");

    // Esc closes without linking and gives the focus back.
    await address.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await linkButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await page.locator(".ProseMirror a").count()).toBe(0);

    await linkButton.click();
    await address.fill("www.sxjzxww.com/news");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "hidden" });
    const link = page.locator(".ProseMirror a", { hasText: "晋中新闻网" });
    expect(await link.getAttribute("href")).toBe("https://www.sxjzxww.com/news");

    await saveWithShortcut(page);
    await page.goto(story);
    expect(await page.locator(".ProseMirror a").getAttribute("href")).toBe("https://www.sxjzxww.com/news");
    await context.close();
  });

  it("inserts a 下转 through a dialog and changes or removes it in place", async () => {
    const { context, page } = await signedIn();
    // A 下转 belongs to a printed story: web-only stories have no pages to jump to.
    const story = await newStory(page, "下转就地修改的稿件", { onPrintPage: true });
    await page.locator(".ProseMirror").click();
    await page.keyboard.type("本版到此为止");

    await toolbar(page).getByRole("button", { name: "下转" }).click();
    const insert = page.getByRole("dialog", { name: "插入下转" });
    await insert.getByLabel("转到第几版").fill("4");
    await insert.getByLabel("转到第几版").press("Enter");
    await insert.waitFor({ state: "hidden" });
    const marker = page.locator(".ProseMirror .jump-node");
    expect(await marker.textContent()).toBe("（下转第4版）");

    // Click on the marker: the same dialog, to change its page.
    await marker.click();
    const edit = page.getByRole("dialog", { name: "修改下转" });
    await edit.waitFor();
    expect(await edit.getByLabel("转到第几版").inputValue()).toBe("4");
    await edit.getByLabel("转到第几版").fill("0");
    await edit.getByRole("button", { name: "确定" }).click();
    expect(await edit.getByRole("alert").textContent()).toContain("1 到 999");
    await edit.getByLabel("转到第几版").fill("6");
    await edit.getByRole("button", { name: "确定" }).click();
    await edit.waitFor({ state: "hidden" });
    expect(await page.locator(".ProseMirror .jump-node").allTextContents()).toEqual(["（下转第6版）"]);

    await saveWithShortcut(page);
    await page.goto(story);
    await page.locator(".ProseMirror .jump-node", { hasText: "（下转第6版）" }).waitFor();

    // Selected with the keyboard, Enter opens it too; 移除下转 takes it out.
    await page.locator(".ProseMirror .jump-node").click();
    const cancelled = page.getByRole("dialog", { name: "修改下转" });
    await cancelled.getByRole("button", { name: "取消" }).click();
    await cancelled.waitFor({ state: "hidden" });
    // Back in the text with the marker still selected.
    await page.locator(".ProseMirror:focus .jump-node.ProseMirror-selectednode").waitFor({ timeout: 5_000 });
    await page.keyboard.press("Enter");
    const again = page.getByRole("dialog", { name: "修改下转" });
    await again.waitFor();
    await again.getByRole("button", { name: "移除下转" }).click();
    await again.waitFor({ state: "hidden" });
    expect(await page.locator(".ProseMirror .jump-node").count()).toBe(0);
    expect(await page.locator(".ProseMirror").textContent()).toContain("本版到此为止");
    await context.close();
  });

  it("undoes and redoes with buttons that are disabled when there is nothing to undo or redo", async () => {
    const { context, page } = await signedIn();
    await newStory(page, "撤销重做的稿件");
    const undo = toolbar(page).getByRole("button", { name: "撤销" });
    const redo = toolbar(page).getByRole("button", { name: "重做" });
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    await page.locator(".ProseMirror").click();
    await page.keyboard.type("要撤销的字");
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    expect(await page.locator(".ProseMirror").textContent()).not.toContain("要撤销的字");
    expect(await redo.isEnabled()).toBe(true);
    await redo.click();
    expect(await page.locator(".ProseMirror").textContent()).toContain("要撤销的字");
    expect(await redo.isDisabled()).toBe(true);
    await context.close();
  });

  for (const viewport of [
    { name: "desktop", width: 1280, height: 900 },
    { name: "390 px phone", width: 390, height: 844 },
  ]) {
    it(`keeps the save status, publish button and toolbar in view on a long story (${viewport.name})`, async () => {
      const { context, page } = await signedIn();
      await newStory(page, `长稿件（${viewport.name}）`);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.locator(".ProseMirror").click();
      for (let paragraph = 1; paragraph <= 40; paragraph += 1) {
        await page.keyboard.type(`第${paragraph}段。`);
        await page.keyboard.press("Enter");
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(viewport.height);

      for (const part of [
        toolbar(page),
        page.locator("[data-save-state]"),
        page.getByRole("button", { name: "发布", exact: true }),
        page.getByRole("button", { name: "保存", exact: true }),
      ]) {
        const box = await part.boundingBox();
        expect(box).not.toBeNull();
        if (!box) continue;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      // The bar takes the top of the window, never most of it: the text stays readable under it.
      const bar = await page.locator(".nr-editor-bar").boundingBox();
      expect(bar && bar.height < viewport.height * 0.4).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await context.close();
    });
  }

  it("titles the tab with the headline and shows who saved last", async () => {
    const first = await signedIn(0);
    const story = await newStory(first.page, "标签页标题的稿件");
    await first.page.waitForFunction(() => document.title === "《标签页标题的稿件》 - 编辑 - 晋中日报");
    await first.page.getByLabel("主题").first().fill("改过的标签页标题");
    await first.page.waitForFunction(() => document.title === "《改过的标签页标题》 - 编辑 - 晋中日报");
    await saveWithShortcut(first.page);
    await first.context.close();

    const second = await signedIn(1);
    await second.page.goto(story);
    await second.page.locator(".ProseMirror").waitFor();
    await second.page.waitForFunction(() => document.title === "《改过的标签页标题》 - 编辑 - 晋中日报");
    const lastChange = second.page.getByTestId("last-change");
    expect(await lastChange.textContent()).toContain("王编辑");
    await second.page.locator(".ProseMirror").click();
    await second.page.keyboard.type("李编辑补充");
    await saveWithShortcut(second.page);
    await second.page.getByTestId("last-change").filter({ hasText: "李编辑" }).waitFor();
    await second.context.close();
  });
});

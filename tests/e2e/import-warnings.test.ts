// An editor opening an imported story sees what the importer was unsure of, above the editor.
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signInInBrowser } from "./browser";
import { CHROMIUM_ARGS } from "./chromium";

let browser: Browser;
const url = (path: string) => new URL(path, inject("baseUrl")).toString();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(): Promise<Page> {
  const editor = inject("editors")[0];
  if (!editor) throw new Error("no editor");
  return (await signInInBrowser(browser, editor)).page;
}

async function openStory(page: Page, headline: string) {
  await page.goto(url("/newsroom"));
  await page.getByRole("link", { name: headline, exact: true }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+$/);
  await page.locator(".ProseMirror").waitFor();
}

describe("import warnings in the newsroom", () => {
  it("shows a story's import warnings on its editor page, and none on a story without doubts", async () => {
    const page = await signedIn();
    await openStory(page, "扩面有力度 服务有温度 监管有硬度");
    const notice = page.getByTestId("import-warnings");
    expect(await notice.getByRole("heading").textContent()).toBe("导入提示：请对照原版面核对以下几处");
    expect(await notice.locator("li").allTextContents()).toEqual([expect.stringContaining("在原文中排在正文之后")]);

    await openStory(page, "市委理论学习中心组举行扩大学习会");
    expect(await page.getByTestId("import-warnings").count()).toBe(0);
    await page.context().close();
  });
});

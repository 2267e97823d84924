// An editor opening an imported story sees what the importer was unsure of, above the editor.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, chromiumForFile, signInEditor } from "./browser";

const browser = chromiumForFile();
const url = appUrl;

const signedIn = async () => (await signInEditor(browser())).page;

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

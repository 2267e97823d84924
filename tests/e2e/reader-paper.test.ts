// The whole 数字报 in Chromium on a desktop: body text measure and alignment as in print, and the
// /columns, /sections and /bylines indexes leading to their lists.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const SOCIAL_SECURITY = "扩面有力度 服务有温度 监管有硬度";

describe("the reader's paper on a desktop", () => {
  const browser = useBrowser();

  it("sets story text justified at 28–34 characters a line", async () => {
    const page = await browser.open("/");
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole("link", { name: SOCIAL_SECURITY, exact: true }).click();
    await page.waitForURL(/\/articles\/\d+-/);
    const measure = await page.evaluate(() => {
      const paragraph = document.querySelector(".story-body p");
      if (!paragraph) return null;
      const style = getComputedStyle(paragraph);
      return { perLine: paragraph.clientWidth / Number.parseFloat(style.fontSize), align: style.textAlign };
    });
    expect(measure?.align).toBe("justify");
    expect(measure?.perLine).toBeGreaterThanOrEqual(28);
    expect(measure?.perLine).toBeLessThanOrEqual(34);
    await page.context().close();
  });

  it("lists 栏目, sections and people at /columns, /sections and /bylines", async () => {
    for (const path of ["/columns", "/sections", "/bylines"]) {
      const response = await fetch(new URL(path, browser.baseUrl()));
      expect(response.status, path).toBe(200);
    }
    const page = await browser.open("/columns");
    await page.getByRole("link", { name: "民间投资重点项目巡礼" }).click();
    await page.waitForURL(/\/columns\/[^/]+$/);
    expect(await page.locator("h1").textContent()).toBe("栏目：民间投资重点项目巡礼");
    const bylines = await browser.open("/bylines");
    expect(await bylines.locator("main").textContent()).toContain("雷甫");
    await page.context().close();
    await bylines.context().close();
  });
});

// A newcomer's first start: the production server comes up on a fresh database, imports the seeded
// front page once, and a reader sees it in the browser.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

describe("the seeded paper on a fresh machine", () => {
  const browser = useBrowser();

  it("shows the 2025-12-20 front page with its six stories in print order", async () => {
    const page = await browser.open("/");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator(".masthead").innerText()).toContain("2025年12月20日");
    const headlines = await page.locator("article h2").allInnerTexts();
    expect(headlines).toEqual([
      "市委理论学习中心组举行扩大学习会",
      "扩面有力度 服务有温度 监管有硬度",
      "家门口的幸福“食”光",
      "竞逐“北斗”新赛道 打造产业新高地",
      "晋中特色产品亮相2025世界绿发会暨中国绿博会",
    ]);
    const text = await page.locator("main").innerText();
    expect(text).toContain("本报记者 雷甫");
    // The page-4 continuations have no text yet, so no 下转 marker leads to nothing.
    expect(text).not.toContain("（下转第4版）");
    expect(text).toContain("本报记者 耿新洲 摄");
    await page.context().close();
  });
});

// A reader searches the paper in Chromium: the masthead box on every reader page works without JavaScript,
// results mark the match (as text, never HTML), name the issue date and page, and a bad query gets a
// Chinese message with a 200. Search pages are never stored by shared caches and never set a cookie.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

describe("searching the paper", () => {
  const browser = useBrowser();

  it("searches from the masthead of a story page without JavaScript", async () => {
    const page = await browser.open("/issues/2025-12-20", { javaScriptEnabled: false });
    const box = page.getByRole("searchbox", { name: "搜索报道" });
    await box.fill("耿新洲");
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    expect(await page.locator("h1").innerText()).toBe("搜索“耿新洲”");
    const first = page.locator("ol.search-results > li").first();
    expect(await first.innerText()).toContain("2025年12月20日 第1版");
    expect(await first.locator("mark").allInnerTexts()).toContain("耿新洲");
    await page.context().close();
  });

  it("finds full-width and quoted variants, marks them and filters by date", async () => {
    const page = await browser.open(`/search?q=${encodeURIComponent("２０２５世界绿发会")}`);
    await page.addScriptTag({ content: readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8") });
    const serious = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
      const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
      return result.violations.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical").map((v: { id: string }) => v.id);
    });
    expect(serious).toEqual([]);
    const result = page.locator("ol.search-results > li").first();
    expect(await result.getByRole("link").first().innerText()).toBe("晋中特色产品亮相2025世界绿发会暨中国绿博会");
    expect(await result.locator("h2 mark").allInnerTexts()).toEqual(["2025世界绿发会"]);
    await page.goto(new URL(`/search?q=${encodeURIComponent("市委书记常书铭讲话")}`, browser.baseUrl()).toString());
    expect(await page.locator("main").innerText()).toContain("没有找到完全一致的内容，以下是同时包含“市委”“书记”“常书铭”“讲话”的报道");
    expect(await page.locator("ol.search-results h2").first().innerText()).toBe("市委理论学习中心组举行扩大学习会");
    await page.goto(new URL(`/search?q=${encodeURIComponent("“北斗”")}&to=2025-12-19`, browser.baseUrl()).toString());
    expect(await page.locator("main").innerText()).toContain("没有找到相关报道");
    await page.context().close();
  });

  it("answers an empty, blank or overlong query with a message and a 200, uncached and without cookies", async () => {
    for (const [query, message] of [
      ["", "请输入要搜索的词语"],
      ["%20%E3%80%80%20", "请输入要搜索的词语"],
      [encodeURIComponent("晋".repeat(101)), "不能超过 100 个字"],
      [encodeURIComponent("！？"), "没有可以查找的文字"],
    ] as const) {
      const response = await fetch(new URL(`/search?q=${query}`, browser.baseUrl()));
      expect(response.status, query).toBe(200);
      expect(await response.text()).toContain(message);
    }
    const response = await fetch(new URL(`/search?q=${encodeURIComponent("晋中")}`, browser.baseUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
    const cacheControl = response.headers.get("cache-control") ?? "";
    expect(cacheControl.includes("no-store") || /s-maxage=1(?!\d)/.test(cacheControl), cacheControl).toBe(true);
    expect(cacheControl).not.toMatch(/s-maxage=(?!1(?!\d))\d+/);
    await response.text();
  });
});

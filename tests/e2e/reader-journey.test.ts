// A reader in Chromium: the front page, the social-security story and its jump to page 4 and back,
// the archive calendar, structured data, the feed, a narrow phone screen and an automated axe check.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const SOCIAL_SECURITY = "扩面有力度 服务有温度 监管有硬度";
const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
    .map((v: { id: string; count: number }) => `${v.id} (${v.count})`);
}

describe("reading the paper", () => {
  const browser = useBrowser();

  it("follows the social-security story from page 1 to page 4 and back", async () => {
    const page = await browser.open("/");
    await page.getByRole("link", { name: SOCIAL_SECURITY, exact: true }).click();
    await page.waitForURL(/\/articles\/\d+-/);
    expect(await page.locator("h1").allInnerTexts()).toEqual([SOCIAL_SECURITY]);
    const story = await page.locator("main").innerText();
    expect(story).toContain("本报记者 雷甫");
    expect(story).toContain("——我市充分发挥综合效能推动社保工作提质增效");
    expect(story).toContain("织密民生保障“兜底网”");
    // Readers get no 字数 (a newsroom figure).
    expect(story).not.toContain("字数");
    // Page 4 has no text yet: one quiet line says so, with no 下转/上接 markers around nothing.
    expect(story).toContain("本文在第4版的续文尚未录入");
    expect(story).not.toContain("（下转第4版）");
    expect(story).not.toContain("（上接第1版）");

    await page.goto(new URL("/issues/2025-12-20/4", browser.baseUrl()).href);
    expect(await page.locator("h1").innerText()).toBe("2025年12月20日 第04版");
    const page4 = await page.locator("main").innerText();
    expect(page4).not.toContain("本版暂无版名");
    // The page lists no bare headline for a continuation without text, and says why.
    expect(await page.locator("article.story-card").count()).toBe(0);
    expect(page4).toContain(`${SOCIAL_SECURITY}在本版的续文尚未录入`);
    await page.getByRole("link", { name: SOCIAL_SECURITY, exact: true }).click();
    await page.waitForURL(/\/articles\/\d+-/);
    // The end of the story: 上一篇/下一篇 on its page in print order, and back to the page.
    const end = page.getByRole("navigation", { name: "本版稿件" });
    expect(await end.innerText()).toContain("上一篇：市委理论学习中心组举行扩大学习会");
    expect(await end.innerText()).toContain("下一篇：家门口的幸福“食”光");
    await end.getByRole("link", { name: "返回本版（第01版 要闻）" }).click();
    await page.waitForURL(/\/issues\/2025-12-20\/1#article-\d+$/);
    expect(await page.locator("h1").innerText()).toBe("2025年12月20日 第01版 要闻");
    await page.context().close();
  });

  it("walks the archive calendar to the seeded issue", async () => {
    const page = await browser.open("/issues");
    expect(page.url()).toMatch(/\/issues\/2025-12$/);
    const links = await page.locator(".calendar td a").allInnerTexts();
    expect(links).toEqual(["20"]);
    await page.getByRole("link", { name: "2025年12月20日的报纸" }).click();
    await page.waitForURL(/\/issues\/2025-12-20$/);
    const text = await page.locator("main").innerText();
    expect(text).toContain("版面导航");
    expect(text).toContain("第01版 要闻");
    expect(text).toContain("标题导航");
    expect(text).toContain(SOCIAL_SECURITY);
    await page.context().close();
  });

  it("says there was no paper on a day without one, and 404s what does not exist", async () => {
    const page = await browser.open("/issues/2025-12-19");
    expect(await page.locator("h1").innerText()).toBe("2025年12月19日没有出版报纸");
    expect(await page.getByRole("link", { name: "2025年12月20日" }).getAttribute("href")).toBe("/issues/2025-12-20");
    for (const missing of ["/issues/2025-02-30", "/issues/2025-12-20/99", "/articles/999999", "/bylines/999999", "/columns/nope", "/nope"]) {
      const response = await fetch(new URL(missing, browser.baseUrl()));
      expect(response.status, missing).toBe(404);
    }
    await page.context().close();
  });

  it("gives every story page a title, description, canonical URL, OpenGraph and NewsArticle JSON-LD", async () => {
    const page = await browser.open("/");
    const href = (await page.getByRole("link", { name: SOCIAL_SECURITY, exact: true }).getAttribute("href")) ?? "";
    await page.goto(new URL(href, browser.baseUrl()).toString());
    expect(await page.title()).toBe(`${SOCIAL_SECURITY} - 晋中日报`);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/^“十四五”时期/);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/articles\/\d+-/);
    expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: SOCIAL_SECURITY, author: [{ "@type": "Person", name: "雷甫", jobTitle: "本报记者" }] });
    expect(Number.isNaN(Date.parse(ld.datePublished))).toBe(false);
    expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
    await page.context().close();
  });

  it("serves a feed and sitemaps that parse as XML", async () => {
    const page = await browser.open("/");
    for (const [url, expected] of [
      ["/feed.xml", "item"],
      ["/sitemap.xml", "sitemap"],
      ["/sitemaps/2025-12.xml", "url"],
      ["/news-sitemap.xml", "url"],
    ] as const) {
      const xml = await (await fetch(new URL(url, browser.baseUrl()))).text();
      const parsed = await page.evaluate(
        ([source, tag]) => {
          const doc = new DOMParser().parseFromString(source, "application/xml");
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            count: doc.getElementsByTagName(tag).length,
            titles: [...doc.getElementsByTagName("title")].map((t) => t.textContent),
          };
        },
        [xml, expected] as const,
      );
      expect(parsed.error, url).toBeNull();
      if (url === "/feed.xml") expect(parsed.titles).toContain(SOCIAL_SECURITY);
      if (url === "/sitemap.xml") expect(xml).toContain("/sitemaps/2025-12.xml</loc>");
      if (url === "/sitemaps/2025-12.xml") expect(parsed.count).toBeGreaterThan(6);
    }
    for (const missing of ["/sitemaps/2025-11.xml", "/sitemaps/2025-13.xml", "/sitemaps/latest.xml"]) {
      expect((await fetch(new URL(missing, browser.baseUrl()))).status, missing).toBe(404);
    }
    const robots = await (await fetch(new URL("/robots.txt", browser.baseUrl()))).text();
    expect(robots).toContain("Disallow: /newsroom");
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
    await page.context().close();
  });

  it("fits a 360px phone without horizontal scrolling and passes axe on the front, issue and story pages", async () => {
    const page = await browser.open("/");
    await page.setViewportSize({ width: 360, height: 740 });
    const storyHref = (await page.getByRole("link", { name: SOCIAL_SECURITY, exact: true }).getAttribute("href")) ?? "";
    for (const url of ["/", "/issues/2025-12-20", "/issues/2025-12-20/1", storyHref, "/issues/2025-12"]) {
      await page.goto(new URL(url, browser.baseUrl()).toString());
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(360);
      expect(await page.locator("h1").count(), url).toBe(1);
      expect(await page.locator("main").count(), url).toBe(1);
      expect(await seriousAxeViolations(page), url).toEqual([]);
    }
    // Keyboard users see where they are.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.context().close();
  });
});

// A reader jumps to any day with the date picker (no JavaScript needed, through the micro-cache too), and
// finds stories published online only in their own block on the front page, each with its date.
import { describe, expect, inject, it } from "vitest";
import { callFromPage as api, chromiumForFile, signInEditor, appUrl as url } from "./browser";

const browser = chromiumForFile();

describe("the date picker", () => {
  it("goes from the front page to the issue of the chosen day, without JavaScript", async () => {
    const context = await browser().newContext({ locale: "zh-CN", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url("/"));
    await page.getByLabel("按日期查看").fill("2025-12-20");
    await page.getByRole("button", { name: "查看" }).click();
    await page.waitForURL(url("/issues/2025-12-20"));
    expect(await page.locator("h1").textContent()).toContain("2025年12月20日");
    await context.close();
  });

  it("says when a day had no paper and offers the nearest issues, also through the micro-cache", async () => {
    const context = await browser().newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(url("/issues/go?date=2025-12-23"));
    expect(await page.getByRole("status").textContent()).toBe("2025年12月23日没有出版报纸。");
    await page.getByRole("link", { name: "之前最近的一期：2025年12月20日" }).click();
    await page.waitForURL(url("/issues/2025-12-20"));
    await context.close();
    // nginx keys the picker's answer by the date: two days never share one cached answer.
    const cached = (path: string) => fetch(new URL(path, inject("cachedUrl")), { redirect: "manual" });
    const noPaper = await cached("/issues/go?date=2025-12-23");
    expect(noPaper.status).toBe(200);
    expect(await noPaper.text()).toContain("2025年12月23日没有出版报纸");
    const paper = await cached("/issues/go?date=2025-12-20");
    expect(paper.status).toBe(307);
    expect(paper.headers.get("location")).toMatch(/\/issues\/2025-12-20$/);
    const nonsense = await cached("/issues/go?date=2025-02-30");
    expect(nonsense.status).toBe(200);
    expect(await nonsense.text()).toContain("请选择一个有效的日期");
  });
});

describe("web-only stories on the front page", () => {
  it("lists a published web story with its date in its own block, and never a draft", async () => {
    const { context, page } = await signInEditor(browser());
    const headline = `网络首发稿件${Date.now()}`;
    const draftHeadline = `网络草稿${Date.now()}`;
    for (const title of [headline, draftHeadline]) {
      const created = await api(page, "POST", "/api/newsroom/articles", { kind: "news", headline: title, pageId: null });
      expect(created.status).toBe(201);
      if (title === draftHeadline) continue;
      const id = (created.json as { id: number }).id;
      const draft = (await api(page, "GET", `/api/newsroom/articles/${id}`)).json as { version: number; draft: Record<string, unknown> };
      const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "只在网上发布的稿件。" }] }] };
      const saved = await api(page, "PUT", `/api/newsroom/articles/${id}`, { baseVersion: draft.version, mode: "save", draft: { ...draft.draft, body } });
      expect(saved.status).toBe(200);
      const published = await api(page, "POST", `/api/newsroom/articles/${id}/publish`, { baseVersion: (saved.json as { version: number }).version });
      expect(published.status).toBe(200);
    }
    await context.close();

    const reader = await browser().newContext({ locale: "zh-CN" });
    const front = await reader.newPage();
    await front.goto(url("/"));
    const block = front.getByRole("region", { name: "网络稿件" });
    const item = block.getByRole("listitem").filter({ hasText: headline });
    await item.getByRole("link", { name: headline }).waitFor();
    expect(await item.locator("time").getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await item.textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await front.getByText(draftHeadline).count()).toBe(0);
    await reader.close();
  });
});

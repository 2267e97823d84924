// The page image (版面图) in the browser: an admin uploads a scan for 2025-12-20 第1版 (the seeded paper) on the
// issue desk, draws the region of 竞逐“北斗”新赛道 with the mouse and saves; a reader opens the page view, clicks
// that region on the page image and lands on the story; the view works without JavaScript and fits a 390 px
// phone. The image is removed at the end, so the other suites find the seeded page as it was.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { jpegScan } from "../helpers/page-image-files";
import { createAccountWithCli, signInInBrowser } from "./browser";
import { CHROMIUM_ARGS } from "./chromium";

const ADMIN = { email: "page-image@jzrb.test", password: "Jinzhong#2025-bm", name: "版面图编辑" };
const EDITOR = { email: "page-image-editor@jzrb.test", password: "Jinzhong#2025-bj", name: "普通编辑" };
const BEIDOU = "竞逐“北斗”新赛道 打造产业新高地";
const PAGE_VIEW = "/issues/2025-12-20/1";

let browser: Browser;
const url = (path: string) => new URL(path, inject("baseUrl")).toString();

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function seededPage(): Promise<{ issueId: number; pageId: number }> {
  const [row] = await sql<{ issueId: number; pageId: number }>(
    `SELECT i."id" AS "issueId", p."id" AS "pageId" FROM "Issue" i JOIN "Page" p ON p."issueId" = i."id" WHERE i."date" = '2025-12-20' AND p."number" = 1`,
  );
  if (!row) throw new Error("the seeded page 2025-12-20 第1版 is missing");
  return row;
}

/** Reloads the reader's page view until `ready` holds: the reader cache drops the page on a notification. */
async function openWhen(page: Page, path: string, ready: (page: Page) => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.goto(url(path));
    if (await ready(page)) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`${path} never showed what was expected`);
}

const regionLinks = (page: Page) => page.locator("[data-region-article]");

const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations: Array<{ id: string; impact: string; count: number }> = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.count})`);
}

beforeAll(async () => {
  createAccountWithCli(ADMIN, "ADMIN");
  createAccountWithCli(EDITOR, "EDITOR");
  browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  // Leave the seeded page as the other suites know it, and tell the reader caches.
  const { issueId, pageId } = await seededPage();
  await sql(`DELETE FROM "PageRegion" WHERE "pageId" = $1`, [pageId]);
  await sql(`DELETE FROM "PageImage" WHERE "pageId" = $1`, [pageId]);
  await sql(`SELECT pg_notify('reader_change', $1)`, [JSON.stringify({ tags: [`page:${pageId}`, "latest"], paths: [PAGE_VIEW] })]);
  await browser?.close();
  void issueId;
});

describe("the page image", () => {
  it("is uploaded and its story regions drawn by an admin; a reader clicks a region on it and lands on the story", async () => {
    const { issueId, pageId } = await seededPage();
    const { context, page } = await signInInBrowser(browser, ADMIN);
    await page.goto(url(`/newsroom/issues/${issueId}/pages/1`));
    const section = page.getByRole("region", { name: "版面图与热区" });
    await section
      .getByLabel(/上传版面图/)
      .setInputFiles({ name: "jzrb-20251220-01.jpg", mimeType: "image/jpeg", buffer: Buffer.from(await jpegScan(1600, 2200)) });
    await section.getByRole("button", { name: "上传", exact: true }).click();
    const surface = section.getByTestId("page-image-surface");
    await surface.waitFor({ timeout: 30_000 });
    await surface.locator("img").evaluate((img: HTMLImageElement) => img.decode());

    // Draw the region of the Beidou story with the mouse: from 20 %/40 % to 70 %/60 % of the image.
    await section.getByLabel("当前标注的稿件").selectOption({ label: BEIDOU });
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error("the page image is not shown");
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    const left = section.getByLabel(`热区 1《${BEIDOU}》左（%）`);
    await expect.poll(async () => Number(await left.inputValue())).toBeCloseTo(20, 0);
    expect(Number(await section.getByLabel(`热区 1《${BEIDOU}》宽（%）`).inputValue())).toBeCloseTo(50, 0);
    await section.getByRole("button", { name: "保存热区" }).click();
    await section.getByRole("status").filter({ hasText: "热区已保存" }).waitFor();
    const saved = await sql<{ x: number; w: number }>(`SELECT "x", "w" FROM "PageRegion" WHERE "pageId" = $1`, [pageId]);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.x).toBeCloseTo(0.2, 2);
    await context.close();

    // A reader (no session) sees the page image and clicks the region where it is drawn.
    const reader = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
    await openWhen(reader, PAGE_VIEW, async (view) => (await regionLinks(view).count()) > 0);
    const image = reader.getByRole("img", { name: /第01版.*版面图/ });
    await image.evaluate((img: HTMLImageElement) => img.decode());
    expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\/issues\/2025-12-20\/1\/image\/[0-9a-f]{16}-\d+\.webp$/);
    const region = reader.getByRole("link", { name: BEIDOU, exact: true }).and(regionLinks(reader));
    expect(await seriousAxeViolations(reader)).toEqual([]);
    // Keyboard-focusable, with the headline as its name.
    await region.focus();
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(BEIDOU);
    await region.scrollIntoViewIfNeeded();
    const imageBox = await image.boundingBox();
    if (!imageBox) throw new Error("the reader's page image is not shown");
    await reader.mouse.click(imageBox.x + imageBox.width * 0.45, imageBox.y + imageBox.height * 0.5);
    await reader.waitForURL(/\/articles\/\d+/);
    expect(await reader.getByRole("heading", { level: 1 }).textContent()).toContain("竞逐“北斗”新赛道");
    await reader.context().close();
  }, 120_000);

  it("works without JavaScript and fits a 390 px phone without horizontal scrolling", async () => {
    const context = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await openWhen(page, PAGE_VIEW, async (view) => (await regionLinks(view).count()) > 0);
    const scroll = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(scroll.width).toBeLessThanOrEqual(scroll.viewport);
    const image = page.getByRole("img", { name: /版面图/ });
    await image.evaluate((img: HTMLImageElement) => img.decode());
    const box = await image.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    // The phone gets the 1200 px rendition, not the largest one.
    expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-1200\.webp$/);
    const region = page.getByRole("link", { name: BEIDOU, exact: true }).and(regionLinks(page));
    const regionBox = await region.boundingBox();
    expect(regionBox?.width).toBeGreaterThan(100);
    await region.click();
    await page.waitForURL(/\/articles\/\d+/);
    await context.close();
  }, 60_000);

  it("is refused to an editor, and a released page's renditions are served immutable", async () => {
    const { pageId } = await seededPage();
    const { context, page } = await signInInBrowser(browser, EDITOR);
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/newsroom/pages/${id}/image`, { method: "POST", body: new Uint8Array([0xff, 0xd8, 0xff]) })).status,
      pageId,
    );
    expect(status).toBe(403);
    await context.close();
    const [image] = await sql<{ hash: string }>(`SELECT "hash" FROM "PageImage" WHERE "pageId" = $1`, [pageId]);
    const response = await fetch(url(`${PAGE_VIEW}/image/${image?.hash}-1200.jpg`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(url(`${PAGE_VIEW}/image/0123456789abcdef-1200.jpg`))).status).toBe(404);
  });
});

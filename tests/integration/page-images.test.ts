// The page image (版面图) against a real PostgreSQL and the real pdftoppm and sharp: uploading a JPEG scan
// and a PDF, every bad input refused with nothing stored, editors refused, regions saved and replaced (and
// kept when a story's save rewrites its placement), and renditions served only once the issue is released.
import { existsSync } from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { saveArticle } from "@/lib/articles/save-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { getDb } from "@/lib/db/client";
import { getReaderPageImage } from "@/lib/page-images/get-reader-page-image";
import { MAX_UPLOAD_BYTES } from "@/lib/page-images/limits";
import { readPageImageRendition } from "@/lib/page-images/read-page-image-rendition";
import { readUploadBody } from "@/lib/page-images/read-upload-body";
import { renditionFileName, ZRenditions } from "@/lib/page-images/renditions";
import { savePageRegions } from "@/lib/page-images/save-page-regions";
import { pageImageStorage } from "@/lib/page-images/storage";
import { uploadPageImage } from "@/lib/page-images/upload-page-image";
import { getPageView } from "@/lib/reader/get-page-view";
import { READER_CHANGE_CHANNEL } from "@/lib/reader-change/cache-tags";
import { ensureDebianPackages } from "../helpers/debian-packages";
import { createPrintedPage, createTestUser } from "../helpers/factories";
import { jpegScan, onePagePdf, pixelAt, pngBomb } from "../helpers/page-image-files";
import { refusal } from "../helpers/refusal";

const BEIDOU = "竞逐“北斗”新赛道 打造产业新高地";

/** Everything the media storage holds (PostgreSQL, the default, in these tests). */
async function storedCount(): Promise<number> {
  return getDb().mediaBlob.count();
}

async function frontPage() {
  const printed = await createPrintedPage({ date: "2025-12-20" });
  const admin = (await createTestUser({ role: "ADMIN", name: "版面主任" })).actor;
  const pageId = printed.issue.pages[0]?.id ?? 0;
  return { ...printed, admin, pageId };
}

const staff = { staff: async () => true };
const anonymous = { staff: async () => false };

async function rendition(pageNumber: number, fileName: string, viewer = anonymous) {
  return readPageImageRendition({ issueDate: "2025-12-20", pageNumber, fileName }, viewer);
}

// PDFs are drawn by Debian's pdftoppm, as in production: installed here like chromium for the e2e suite.
beforeAll(() => ensureDebianPackages([{ name: "poppler-utils", present: () => existsSync("/usr/bin/pdftoppm") }], "Page image tests"));

describe("uploading a page image", () => {
  it("turns a JPEG scan into WebP and JPEG renditions, never enlarged, served once the issue is released", async () => {
    const { admin, pageId } = await frontPage();
    const uploaded = await uploadPageImage(admin, { pageId }, await jpegScan(1600, 2200));
    expect(uploaded).toMatchObject({ pageId, width: 1600, height: 2200, sourceType: "jpeg" });
    const row = await getDb().pageImage.findUniqueOrThrow({ where: { pageId } });
    const renditions = ZRenditions.parse(row.renditions);
    expect(renditions.map((r) => `${r.format}:${r.width}x${r.height}`).sort()).toEqual([
      "jpeg:1200x1650",
      "jpeg:1600x2200",
      "webp:1200x1650",
      "webp:1600x2200",
    ]);
    const jpeg = await rendition(1, renditionFileName(row.hash, { width: 1200, format: "jpeg" }));
    expect(jpeg?.contentType).toBe("image/jpeg");
    expect(jpeg?.released).toBe(true);
    // The red block of the scan's top left quarter is where it was.
    const [red, green] = await pixelAt(jpeg?.bytes ?? new Uint8Array(), 100, 100);
    expect(red).toBeGreaterThan(180);
    expect(green).toBeLessThan(60);
    const webp = await rendition(1, renditionFileName(row.hash, { width: 1600, format: "webp" }));
    expect(webp?.contentType).toBe("image/webp");
    expect(await getDb().auditEvent.count({ where: { action: "page.image_uploaded", entityId: String(pageId) } })).toBe(1);
    // Another hash, width or page is not served.
    expect(await rendition(1, renditionFileName("0123456789abcdef", { width: 1200, format: "jpeg" }))).toBeNull();
    expect(await rendition(1, renditionFileName(row.hash, { width: 999, format: "jpeg" }))).toBeNull();
    expect(await rendition(4, renditionFileName(row.hash, { width: 1200, format: "jpeg" }))).toBeNull();
  });

  it("rasterises the first page of a PDF with pdftoppm, and a new upload replaces the old image and its files", async () => {
    const { admin, pageId } = await frontPage();
    await uploadPageImage(admin, { pageId }, await jpegScan(1600, 2200));
    const first = await getDb().pageImage.findUniqueOrThrow({ where: { pageId } });
    const uploaded = await uploadPageImage(admin, { pageId }, onePagePdf());
    // A4 with its long side at 2800 px.
    expect(uploaded).toMatchObject({ sourceType: "pdf", width: 1979, height: 2800 });
    const row = await getDb().pageImage.findUniqueOrThrow({ where: { pageId } });
    expect(
      ZRenditions.parse(row.renditions)
        .map((r) => r.width)
        .sort(),
    ).toEqual([1200, 1200, 1979, 1979]);
    const jpeg = await rendition(1, renditionFileName(row.hash, { width: 1200, format: "jpeg" }));
    // The PDF's blue rectangle: x 100–400 of 595 pt, y 92–242 of 842 pt from the top.
    const [red, , blue] = await pixelAt(jpeg?.bytes ?? new Uint8Array(), Math.round((250 / 595) * 1200), Math.round((170 / 842) * 1697));
    expect(blue).toBeGreaterThan(180);
    expect(red).toBeLessThan(60);
    const [, , paperBlue] = await pixelAt(jpeg?.bytes ?? new Uint8Array(), 1100, 1600);
    expect(paperBlue).toBeGreaterThan(200);
    // The replaced image's renditions are gone from storage and from the reader route.
    expect(await rendition(1, renditionFileName(first.hash, { width: 1200, format: "jpeg" }))).toBeNull();
    for (const old of ZRenditions.parse(first.renditions)) expect(await pageImageStorage().get(old.key)).toBeNull();
    for (const kept of ZRenditions.parse(row.renditions)) expect(await pageImageStorage().get(kept.key)).not.toBeNull();
    expect(await storedCount()).toBe(4);
  });

  it("refuses every bad file with a clear message and stores nothing", async () => {
    const { admin, pageId } = await frontPage();
    const before = await storedCount();
    const scan = await jpegScan(800, 1100);
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ["empty", new Uint8Array(), /空的/],
      ["text named .jpg", new TextEncoder().encode("这不是图片，只是文字"), /只能上传 PDF、JPEG 或 PNG/],
      ["svg", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), /只能上传 PDF、JPEG 或 PNG/],
      ["truncated JPEG", scan.slice(0, Math.floor(scan.length / 2)), /无法读取/],
      ["decompression bomb over our limit", pngBomb(12_000), /像素过多/],
      ["decompression bomb over any limit", pngBomb(30_000), /像素过多/],
      ["broken PDF", new TextEncoder().encode("%PDF-1.4\nnot really a pdf\n%%EOF\n"), /PDF 文件无法读取/],
      ["too small", await jpegScan(200, 300), /太小/],
    ];
    for (const [name, bytes, message] of cases) {
      const error = await refusal(uploadPageImage(admin, { pageId }, bytes));
      expect(error.code, name).toMatch(/INVALID_INPUT/);
      expect(error.userMessage, name).toMatch(message);
    }
    const tooLarge = await refusal(uploadPageImage(admin, { pageId }, new Uint8Array(MAX_UPLOAD_BYTES + 1)));
    expect(tooLarge.code).toBe("PAYLOAD_TOO_LARGE");
    const streamed = new Request("http://localhost/upload", { method: "POST", body: new Uint8Array(MAX_UPLOAD_BYTES + 10) });
    expect((await refusal(readUploadBody(streamed))).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await getDb().pageImage.count()).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: "page.image_uploaded" } })).toBe(0);
    expect(await storedCount()).toBe(before);
  });

  it("is for admins only: an editor is refused before anything is stored", async () => {
    const { pageId, admin } = await frontPage();
    const editor = (await createTestUser({ role: "EDITOR" })).actor;
    const before = await storedCount();
    expect((await refusal(uploadPageImage(editor, { pageId }, await jpegScan()))).code).toBe("FORBIDDEN");
    expect(await getDb().pageImage.count()).toBe(0);
    expect(await storedCount()).toBe(before);
    await uploadPageImage(admin, { pageId }, await jpegScan());
    const [story] = await getDb().articlePlacement.findMany({ where: { pageId }, orderBy: { position: "asc" } });
    const region = { articleId: story?.articleId ?? 0, sequence: 0, x: 0.1, y: 0.1, w: 0.3, h: 0.2 };
    expect((await refusal(savePageRegions(editor, { pageId, regions: [region] }))).code).toBe("FORBIDDEN");
    expect(await getDb().pageRegion.count()).toBe(0);
  });
});

describe("regions on the page image", () => {
  it("are replaced as a whole, outlive a save that rewrites placement, and link only stories readers see", async () => {
    const { admin, pageId, ids } = await frontPage();
    const [meeting, , , beidou] = ids as [number, number, number, number];
    expect((await refusal(savePageRegions(admin, { pageId, regions: [] }))).userMessage).toMatch(/先上传/);
    await uploadPageImage(admin, { pageId }, await jpegScan());
    await savePageRegions(admin, {
      pageId,
      regions: [
        { articleId: meeting, sequence: 0, x: 0, y: 0, w: 0.5, h: 0.2 },
        { articleId: beidou, sequence: 0, x: 0.5, y: 0.4, w: 0.5, h: 0.3 },
        { articleId: beidou, sequence: 0, x: 0, y: 0.7, w: 0.25, h: 0.1 },
      ],
    });
    await savePageRegions(admin, {
      pageId,
      regions: [
        { articleId: beidou, sequence: 0, x: 0.5, y: 0.4, w: 0.5, h: 0.3 },
        { articleId: meeting, sequence: 0, x: 0, y: 0, w: 0.5, h: 0.25 },
      ],
    });
    expect(await getDb().pageRegion.count({ where: { pageId } })).toBe(2);
    expect(await getDb().auditEvent.count({ where: { action: "page.regions_saved", entityId: String(pageId) } })).toBe(2);
    // A story part not on this page, a rectangle outside the image: refused, regions unchanged.
    expect((await refusal(savePageRegions(admin, { pageId, regions: [{ articleId: beidou, sequence: 1, x: 0, y: 0, w: 0.1, h: 0.1 }] }))).code).toBe(
      "CONFLICT",
    );
    await expect(savePageRegions(admin, { pageId, regions: [{ articleId: beidou, sequence: 0, x: 0.8, y: 0, w: 0.5, h: 0.1 }] })).rejects.toThrow();
    expect(await getDb().pageRegion.count({ where: { pageId } })).toBe(2);

    // Saving the story rewrites its placement rows; its region stays.
    const editable = await getEditableArticle(beidou);
    await saveArticle(admin, { articleId: beidou, baseVersion: editable.version, mode: "save", draft: editable.draft });
    const links = async () => {
      const { view } = await getPageView("2025-12-20", 1);
      if (!view) throw new Error("no page view");
      const parts = view.stories.map((story) => ({ articleId: story.articleId, sequence: story.sequence, headline: story.content.headline, href: story.href }));
      const image = await getReaderPageImage({ id: view.page.id, number: view.page.number, issueDate: view.issue.date }, parts);
      return image?.links.map((link) => ({ headline: link.headline, rects: link.rects })) ?? [];
    };
    expect(await links()).toEqual([
      { headline: "市委理论学习中心组举行扩大学习会", rects: [{ left: 0, top: 0, width: 50, height: 25 }] },
      { headline: BEIDOU, rects: [{ left: 50, top: 40, width: 50, height: 30 }] },
    ]);
    // A withdrawn story's region is no longer a link.
    await unpublishArticle(admin, { articleId: meeting });
    expect((await links()).map((link) => link.headline)).toEqual([BEIDOU]);
  });
});

describe("the reader route for renditions", () => {
  it("answers nothing for an unreleased issue to anyone not signed in, and staff still get it", async () => {
    const { admin, pageId, issue } = await frontPage();
    await uploadPageImage(admin, { pageId }, await jpegScan());
    const row = await getDb().pageImage.findUniqueOrThrow({ where: { pageId } });
    const name = renditionFileName(row.hash, { width: 1200, format: "webp" });
    expect(await rendition(1, name)).not.toBeNull();
    await getDb().issue.update({ where: { id: issue.id }, data: { releasedAt: null } });
    expect(await rendition(1, name)).toBeNull();
    expect((await rendition(1, name, staff))?.released).toBe(false);
    await getDb().issue.update({ where: { id: issue.id }, data: { releasedAt: new Date(Date.now() + 3_600_000) } });
    expect(await rendition(1, name)).toBeNull();
  });
});

describe("reader caches", () => {
  it("are told about the page view when its image or its regions change, and not when a change is refused", async () => {
    const { admin, pageId, ids } = await frontPage();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const received: Array<{ tags: string[]; paths: string[] }> = [];
    client.on("notification", (message) => received.push(JSON.parse(message.payload ?? "{}")));
    await client.query(`LISTEN ${READER_CHANGE_CHANNEL}`);
    try {
      await refusal(uploadPageImage(admin, { pageId }, new TextEncoder().encode("不是图片")));
      await uploadPageImage(admin, { pageId }, await jpegScan());
      await savePageRegions(admin, { pageId, regions: [{ articleId: ids[0] ?? 0, sequence: 0, x: 0, y: 0, w: 0.5, h: 0.5 }] });
      for (let attempt = 0; attempt < 100 && received.length < 2; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(received).toHaveLength(2);
      for (const change of received) {
        expect(change.tags).toContain(`page:${pageId}`);
        expect(change.paths).toContain("/issues/2025-12-20/1");
      }
    } finally {
      await client.end();
    }
  });
});

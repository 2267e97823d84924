// Photos end to end: an editor gives the seeded photo story (口袋公园, 耿新洲 摄; imported as caption text
// without a figure) its picture with the file chooser, writes its alt text, credits the photographer and
// publishes; readers see it from its srcset, served immutable and through
// the nginx micro-cache. A photo no visible story uses is 404 to readers, even with its URL. A pasted
// picture and a dropped file each get their own upload and answer.
import { randomBytes } from "node:crypto";
import pg from "pg";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { signInSession } from "../helpers/newsroom-session";
import { appUrl, chromiumForFile, signInInBrowser } from "./browser";

const browser = chromiumForFile();
const url = appUrl;

async function photoStoryId(): Promise<number> {
  const client = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Article" WHERE kind = 'photo' AND "plainText" LIKE '%口袋公园%' ORDER BY id LIMIT 1`);
    if (!rows[0]) throw new Error("the seeded photo story is missing");
    return rows[0].id;
  } finally {
    await client.end();
  }
}

async function jpeg(color: string, width = 2000, height = 1300): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><rect x="200" y="200" width="900" height="600" fill="#fff"/></svg>`) }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

describe("photos", () => {
  it("an editor adds the photo story's picture with the file chooser, writes alt text and publishes; readers see it from its srcset", {
    timeout: 90_000,
  }, async () => {
    const id = await photoStoryId();
    const { context, page } = await signInInBrowser(browser(), inject("editors")[0] as { email: string; password: string });
    await page.goto(url(`/newsroom/articles/${id}`));
    await page.locator(".ProseMirror").waitFor();

    // The seeded photo story is its caption text and the photographer's byline: put the picture first.
    await page.locator(".ProseMirror").click();
    await page.keyboard.press("Control+Home");
    await page.getByRole("toolbar", { name: "正文格式" }).getByRole("button", { name: "图片" }).click();
    const dialog = page.getByRole("dialog", { name: "插入图片" });
    await dialog.waitFor();
    // A refused file shows its own error and inserts nothing.
    await dialog.getByLabel(/选择图片文件/).setInputFiles({ name: "不是图片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("这不是图片") });
    await dialog.getByText("不是图片.jpg：文件不是图片").waitFor();
    await dialog.getByRole("listitem", { name: "不是图片.jpg" }).getByRole("button", { name: "移除" }).click();

    await dialog.getByLabel(/选择图片文件/).setInputFiles({ name: "口袋公园.jpg", mimeType: "image/jpeg", buffer: await jpeg("#3a7") });
    await dialog.getByText("已上传").waitFor({ timeout: 20_000 });
    // Without alt text it cannot be placed.
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.getByText(/请为“口袋公园.jpg”填写替代文字/).waitFor();
    await dialog.getByLabel(/替代文字/).fill("口袋公园里健身的市民");
    await dialog.getByLabel("图片说明", { exact: true }).fill("市民在市城区“口袋公园”无喧园休闲漫步");
    // The credit links the photographer, found as typed.
    await dialog.getByRole("combobox", { name: "摄影" }).fill("耿新洲");
    await dialog.getByRole("option", { name: /耿新洲/ }).click();
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator(".ProseMirror figure.figure-node img").waitFor();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });

    await page.getByRole("button", { name: "发布修改" }).click();
    // What readers will see change, before it goes out: the picture is new.
    await page.getByRole("button", { name: "确认发布" }).click();
    await page.getByText("已发布：读者现在看到的是这一版。").waitFor();
    // The library found by the photographer's name: the photo with its caption, uploader and story.
    await page.goto(url(`/newsroom/media?q=${encodeURIComponent("耿新洲")}`));
    const entry = page.getByRole("listitem").filter({ hasText: "市民在市城区“口袋公园”无喧园休闲漫步" });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("耿新洲 摄");
    expect(await entry.getByRole("link").getAttribute("href")).toBe(`/newsroom/articles/${id}`);
    await context.close();

    const readerContext = await browser().newContext({ locale: "zh-CN", viewport: { width: 412, height: 900 }, deviceScaleFactor: 2 });
    const reader = await readerContext.newPage();
    await reader.goto(url(`/articles/${id}`));
    const img = reader.locator("article figure img");
    await img.waitFor();
    expect(await img.getAttribute("alt")).toBe("口袋公园里健身的市民");
    expect(await img.getAttribute("loading")).toBe("eager");
    expect(await img.getAttribute("width")).toBe("2000");
    expect(await img.getAttribute("srcset")).toMatch(
      /^\/media\/[0-9a-f]{32}\/480\.jpg 480w, \/media\/[0-9a-f]{32}\/960\.jpg 960w, \/media\/[0-9a-f]{32}\/1600\.jpg 1600w$/,
    );
    expect(await reader.locator("article figure figcaption").textContent()).toBe("市民在市城区“口袋公园”无喧园休闲漫步 耿新洲 摄");
    // The browser chose a rendition from the srcset (WebP, 2× on a 412 px phone) and decoded it.
    await reader.waitForFunction(() => {
      const element = document.querySelector("article figure img") as HTMLImageElement | null;
      return Boolean(element?.complete && element.naturalWidth > 0);
    });
    const chosen = await img.evaluate((element) => (element as HTMLImageElement).currentSrc);
    expect(new URL(chosen).pathname).toMatch(/^\/media\/[0-9a-f]{32}\/960\.webp$/);
    const served = await fetch(chosen);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // OpenGraph and JSON-LD name the picture.
    expect(await reader.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/\/media\/[0-9a-f]{32}\/1600\.jpg$/);
    expect(await reader.locator('script[type="application/ld+json"]').first().textContent()).toMatch(
      /"image":\[\{"@type":"ImageObject","url":"[^"]+\/media\/[0-9a-f]{32}\/1600\.jpg"/,
    );
    await readerContext.close();

    // Through the nginx micro-cache: the second request is a cache hit.
    const cached = new URL(new URL(chosen).pathname, inject("cachedUrl")).toString();
    const first = await fetch(cached);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const second = await fetch(cached);
    expect(second.headers.get("x-cache-status")).toBe("HIT");
    expect(
      Buffer.from(await second.arrayBuffer())
        .subarray(8, 12)
        .toString("ascii"),
    ).toBe("WEBP");
  });

  it("a photo no visible story uses is 404 to readers, even with its URL, and visible to signed-in staff", async () => {
    const editor = inject("editors")[1] as { email: string; password: string };
    const cookie = await signInSession(inject("baseUrl"), editor.email, editor.password);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await jpeg("#a52", 1200, 800))], { type: "image/jpeg" }), "草稿配图.jpg");
    const uploaded = await fetch(url("/api/newsroom/media"), { method: "POST", body: form, headers: { cookie, origin: inject("baseUrl") } });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { media } = (await uploaded.json()) as { media: { hash: string } };
    const path = `/media/${media.hash}/480.jpg`;
    for (const origin of [inject("baseUrl"), inject("cachedUrl")]) {
      const anonymous = await fetch(new URL(path, origin));
      expect(anonymous.status, origin).toBe(404);
      expect(anonymous.headers.get("cache-control")).toBe("no-store");
    }
    const staff = await fetch(url(path), { headers: { cookie } });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("cache-control")).toBe("private, no-store");
    // Still nothing for readers after a signed-in look, through the cache too.
    expect((await fetch(new URL(path, inject("cachedUrl")))).status).toBe(404);

    // An upload from elsewhere (no same-origin) or without a session is refused.
    const anonymousUpload = await fetch(url("/api/newsroom/media"), { method: "POST", body: form });
    expect(anonymousUpload.status).toBe(401);
  });
  it("takes a photo of several megabytes through nginx, and answers a file over the limit with its own message", async () => {
    const editor = inject("editors")[1] as { email: string; password: string };
    const cookie = await signInSession(inject("baseUrl"), editor.email, editor.password);
    const throughNginx = inject("cachedUrl");
    const upload = (file: Blob, name: string) => {
      const form = new FormData();
      form.append("file", file, name);
      return fetch(new URL("/api/newsroom/media", throughNginx), { method: "POST", body: form, headers: { cookie, origin: throughNginx } });
    };
    // A camera's photo: noise does not compress, so this JPEG is several megabytes, like a real one.
    const width = 2400;
    const height = 1600;
    const photo = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 92 })
      .toBuffer();
    expect(photo.byteLength).toBeGreaterThan(3 * 1024 * 1024);
    const uploaded = await upload(new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "现场大图.jpg");
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);

    const tooLarge = await upload(new Blob([new Uint8Array(31 * 1024 * 1024)], { type: "image/jpeg" }), "超大图片.jpg");
    expect(tooLarge.status).toBe(413);
    const answer = (await tooLarge.json()) as { error: { message: string } };
    expect(answer.error.message).toContain("30 MB");
  });

  it("deletes an unused photo from the library after asking in place", async () => {
    const editor = inject("editors")[1] as { email: string; password: string };
    const cookie = await signInSession(inject("baseUrl"), editor.email, editor.password);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await jpeg("#2a6", 900, 600))], { type: "image/jpeg" }), "待删除的图片.jpg");
    const uploaded = await fetch(url("/api/newsroom/media"), { method: "POST", body: form, headers: { cookie, origin: inject("baseUrl") } });
    expect(uploaded.status).toBe(201);
    const { media } = (await uploaded.json()) as { media: { hash: string } };

    const { context, page } = await signInInBrowser(browser(), editor);
    await page.goto(url(`/newsroom/media?q=${encodeURIComponent("待删除的图片")}`));
    await page.getByRole("button", { name: "删除图片 待删除的图片.jpg" }).click();
    await page.getByRole("button", { name: "确定删除" }).click();
    await page.getByText("没有找到图片。").waitFor();
    expect((await fetch(url(`/media/${media.hash}/480.jpg`), { headers: { cookie } })).status).toBe(404);
    await context.close();
  });

  it("a picture pasted into a new story and a file dropped on it each get their own upload and their own answer", async () => {
    const { context, page } = await signInInBrowser(browser(), inject("editors")[1] as { email: string; password: string });
    await page.getByRole("button", { name: "新建稿件" }).click();
    await page.waitForURL(/\/newsroom\/articles\/\d+$/);
    await page.locator(".ProseMirror").click();
    // A screenshot pasted from the clipboard (a PNG the page draws), and a text file dropped on the body.
    await page.evaluate(async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 640;
      canvas.height = 400;
      const context2d = canvas.getContext("2d");
      if (context2d) {
        context2d.fillStyle = "#2a6";
        context2d.fillRect(0, 0, 640, 400);
      }
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      const pasted = new DataTransfer();
      pasted.items.add(new File([blob ?? new Blob()], "截图.png", { type: "image/png" }));
      document.querySelector(".ProseMirror")?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: pasted, bubbles: true, cancelable: true }));
    });
    const dialog = page.getByRole("dialog", { name: "插入图片" });
    await dialog.getByRole("listitem", { name: "截图.png" }).getByText("已上传").waitFor({ timeout: 20_000 });
    await dialog.getByLabel(/替代文字/).fill("绿色的示意图");
    await dialog.getByRole("button", { name: "确定" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator(".ProseMirror figure.figure-node img").waitFor();

    await page.evaluate(() => {
      const dropped = new DataTransfer();
      dropped.items.add(new File(["只是文字"], "说明.txt", { type: "text/plain" }));
      const target = document.querySelector(".ProseMirror p");
      const box = target?.getBoundingClientRect();
      target?.dispatchEvent(
        new DragEvent("drop", { dataTransfer: dropped, bubbles: true, cancelable: true, clientX: (box?.left ?? 0) + 5, clientY: (box?.top ?? 0) + 5 }),
      );
    });
    const second = page.getByRole("dialog", { name: "插入图片" });
    await second.getByText("说明.txt：文件不是图片").waitFor();
    await second.getByRole("button", { name: "确定" }).click();
    await second.getByText("请先选择或上传一张图片").waitFor();
    await second.getByRole("button", { name: "取消" }).click();
    await second.waitFor({ state: "detached" });
    expect(await page.locator(".ProseMirror figure.figure-node").count()).toBe(1);
    await context.close();
  });
});

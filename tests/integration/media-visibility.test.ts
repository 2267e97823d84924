// Readers get a photo's renditions only while a story they can see shows it: a draft's photo, or one in an
// unreleased issue, does not exist for them even with its URL; signed-in staff see it (preview). And the
// publish command refuses a figure without a picture or without alt text, naming the figure.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { TActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { issueDateToDb } from "@/lib/issues/issue-date";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { describeMedia } from "@/lib/media/describe-media";
import { listMedia } from "@/lib/media/list-media";
import type { TMediaRecord } from "@/lib/media/media-record";
import { storeImage } from "@/lib/media/store-image";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { getMediaRendition } from "@/lib/reader/get-media-rendition";
import { getStoryImages } from "@/lib/reader/get-story-images";
import { createTestUser } from "../helpers/factories";
import { photoJpeg } from "../helpers/images";

let actor: TActor;
let media: TMediaRecord;
const anonymous = { isStaff: async () => false };
const staff = { isStaff: async () => true };

beforeEach(async () => {
  ({ actor } = await createTestUser({ role: "ADMIN" }));
  // Shot with the camera turned: 1200×800 in the file, 800×1200 as seen, so renditions 480 and 800 wide.
  ({ media } = await storeImage(actor, { bytes: await photoJpeg({ width: 1200, height: 800 }), filename: "p.jpg" }));
});

const figure = (attrs: { mediaId: string | null; alt: string | null; caption?: string }) => ({
  type: "figure",
  attrs: { mediaId: attrs.mediaId, alt: attrs.alt, caption: attrs.caption ?? "口袋公园里，市民休闲健身。", credit: "耿新洲 摄" },
});

async function story(options: { pageId?: number | null; body: unknown[]; publish?: boolean }) {
  const { id } = await createArticle(actor, { kind: "photo", headline: "", pageId: options.pageId ?? null });
  const editable = await getEditableArticle(id);
  const saved = await saveArticle(actor, {
    articleId: id,
    baseVersion: editable.version,
    mode: "save",
    draft: { ...editable.draft, body: { type: "doc", content: options.body } as never },
  });
  if (options.publish) await publishArticle(actor, { articleId: id, baseVersion: saved.version });
  return { id, version: saved.version };
}

async function issuePage(date: string) {
  const db = getDb();
  const publication = await db.$transaction((tx) => ensureDefaultPublication(tx));
  const issue = await db.issue.create({
    data: { publicationId: publication.id, date: issueDateToDb(date), number: 1, pages: { create: [{ number: 1, name: "要闻" }] } },
    include: { pages: true },
  });
  return { issueId: issue.id, pageId: issue.pages[0]?.id ?? 0 };
}

const name = (width: number, ext: "jpg" | "webp") => `${width}.${ext}`;

describe("reader access to photos", () => {
  it("a photo no story uses, or only a draft uses, is nothing to readers and a private preview to staff", async () => {
    expect(await getMediaRendition(media.hash, name(480, "jpg"), anonymous)).toBeNull();
    await story({ body: [figure({ mediaId: media.id, alt: "健身的市民" })] });
    expect(await getMediaRendition(media.hash, name(480, "jpg"), anonymous)).toBeNull();
    const preview = await getMediaRendition(media.hash, name(480, "jpg"), staff);
    expect(preview).toMatchObject({ contentType: "image/jpeg", public: false });
  });

  it("a published web story's photo is public, in every rendition it has and no other", async () => {
    await story({ body: [figure({ mediaId: media.id, alt: "健身的市民" })], publish: true });
    for (const [width, ext, type] of [
      [480, "jpg", "image/jpeg"],
      [800, "webp", "image/webp"],
      [800, "jpg", "image/jpeg"],
    ] as const) {
      const rendition = await getMediaRendition(media.hash, name(width, ext), anonymous);
      expect(rendition, `${width}.${ext}`).toMatchObject({ contentType: type, public: true });
      expect(rendition?.bytes.byteLength).toBe(media.renditions.find((r) => r.width === width && r.key.endsWith(ext))?.size);
    }
    // Never upscaled, never the original, never a made-up name or hash.
    for (const wanted of ["960.jpg", "1200.jpg", "original.jpg", "480.png", "480.avif"])
      expect(await getMediaRendition(media.hash, wanted, staff), wanted).toBeNull();
    expect(await getMediaRendition("0".repeat(32), "480.jpg", staff)).toBeNull();
    expect(await getMediaRendition("../../etc", "480.jpg", staff)).toBeNull();
  });

  it("a photo in an unreleased issue appears when the issue is released", async () => {
    const { issueId, pageId } = await issuePage("2025-12-21");
    await story({ pageId, body: [figure({ mediaId: media.id, alt: "健身的市民" })], publish: true });
    expect(await getMediaRendition(media.hash, name(480, "webp"), anonymous)).toBeNull();
    await getDb().$transaction((tx) => releaseIssueInTransaction(tx, actor, { issueId }));
    expect(await getMediaRendition(media.hash, name(480, "webp"), anonymous)).toMatchObject({ public: true });
  });

  it("the story page gets srcset renditions and the first picture for sharing", async () => {
    const images = await getStoryImages({ type: "doc", content: [figure({ mediaId: media.id, alt: "健身的市民" })] } as never);
    expect(images.byId.get(media.id)).toEqual({
      src: `/media/${media.hash}/800.jpg`,
      srcSet: `/media/${media.hash}/480.jpg 480w, /media/${media.hash}/800.jpg 800w`,
      webpSrcSet: `/media/${media.hash}/480.webp 480w, /media/${media.hash}/800.webp 800w`,
      width: 800,
      height: 1200,
    });
    expect(images.share).toEqual({ url: `/media/${media.hash}/800.jpg`, width: 800, height: 1200, alt: "健身的市民" });
  });
});

describe("publishing a story with figures", () => {
  it("refuses a figure without a picture, naming it, and publishes nothing", async () => {
    const { id, version } = await story({
      body: [{ type: "paragraph", content: [{ type: "text", text: "图片新闻。" }] }, figure({ mediaId: null, alt: null })],
    });
    await expect(publishArticle(actor, { articleId: id, baseVersion: version })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: expect.stringContaining("第1张图片（“口袋公园里，市民休闲健身…”）还没有图片"),
    });
    expect(await getDb().articleSnapshot.count({ where: { articleId: id } })).toBe(0);
    expect((await getDb().article.findUniqueOrThrow({ where: { id } })).liveSnapshotId).toBeNull();
  });

  it("refuses a picture without alt text, naming the figure", async () => {
    const { id, version } = await story({
      body: [figure({ mediaId: media.id, alt: "健身的市民" }), figure({ mediaId: media.id, alt: "  ", caption: "第二张" })],
    });
    await expect(publishArticle(actor, { articleId: id, baseVersion: version })).rejects.toMatchObject({
      userMessage: expect.stringContaining("第2张图片（“第二张”）缺少替代文字"),
    });
  });

  it("publishes figures that have their picture and alt text", async () => {
    const { id, version } = await story({ body: [figure({ mediaId: media.id, alt: "健身的市民" })] });
    await expect(publishArticle(actor, { articleId: id, baseVersion: version })).resolves.toMatchObject({ articleId: id });
  });
});

describe("the media library", () => {
  it("remembers the first figure's words, finds the photo by caption or credit, and names the stories using it", async () => {
    await describeMedia(actor, { mediaId: media.id, caption: "口袋公园里，市民休闲健身。", credit: "耿新洲 摄", alt: "健身的市民" });
    // A later placement with other words does not rewrite the library entry.
    expect(await describeMedia(actor, { mediaId: media.id, caption: "另一种说法", credit: "别人 摄", alt: "别的" })).toEqual({ updated: false });
    const { id } = await story({ body: [figure({ mediaId: media.id, alt: "健身的市民" })] });
    for (const q of ["口袋公园", "耿新洲"]) {
      const listing = await listMedia(actor, { q });
      expect(listing.items.map((item) => [item.caption, item.credit, item.usedIn.map((use) => use.articleId)])).toEqual([
        ["口袋公园里，市民休闲健身。", "耿新洲 摄", [id]],
      ]);
    }
    expect((await listMedia(actor, { q: "别人" })).total).toBe(0);
    expect(await getDb().auditEvent.count({ where: { action: "media.updated", entityId: media.id } })).toBe(1);
  });
});

// Deleting a photo from the 图片库: only one nothing uses (no working draft, no published version, current
// or earlier), only by its uploader or an admin; the row, its stored bytes and an audit event, or nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { TActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { deleteMedia } from "@/lib/media/delete-media";
import type { TMediaRecord } from "@/lib/media/media-record";
import { storeImage } from "@/lib/media/store-image";
import { createTestUser } from "../helpers/factories";
import { photoJpeg } from "../helpers/images";
import { refusal } from "../helpers/refusal";

let uploader: TActor;
let media: TMediaRecord;

beforeEach(async () => {
  ({ actor: uploader } = await createTestUser({ role: "EDITOR" }));
  ({ media } = await storeImage(uploader, { bytes: await photoJpeg({ width: 1200, height: 800 }), filename: "现场.jpg" }));
});

const blobKeys = async (hash: string) =>
  (await getDb().mediaBlob.findMany({ where: { key: { startsWith: `media/${hash}/` } }, select: { key: true } })).map((row) => row.key).sort();

async function storyWithPhoto(headline: string, options: { publish: boolean; thenRemovePhoto?: boolean }) {
  const { id } = await createArticle(uploader, { kind: "photo", headline, pageId: null });
  const figure = { type: "figure", attrs: { mediaId: media.id, alt: "市民在口袋公园健身", caption: "口袋公园", credit: "耿新洲 摄" } };
  const editable = await getEditableArticle(id);
  let saved = await saveArticle(uploader, {
    articleId: id,
    baseVersion: editable.version,
    mode: "save",
    draft: { ...editable.draft, body: { type: "doc", content: [figure] } as never },
  });
  if (options.publish) await publishArticle(uploader, { articleId: id, baseVersion: saved.version });
  if (options.thenRemovePhoto) {
    const again = await getEditableArticle(id);
    saved = await saveArticle(uploader, {
      articleId: id,
      baseVersion: again.version,
      mode: "save",
      draft: { ...again.draft, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "图片已换下。" }] }] } as never },
    });
  }
  return id;
}

describe("deleting a photo", () => {
  it("removes an unused photo's row and stored bytes, with an audit event, when its uploader asks", async () => {
    const before = await blobKeys(media.hash);
    expect(before.length).toBeGreaterThan(2);
    expect(await deleteMedia(uploader, { mediaId: media.id })).toEqual({ deleted: media.id });
    expect(await getDb().media.count({ where: { id: media.id } })).toBe(0);
    expect(await blobKeys(media.hash)).toEqual([]);
    const events = await getDb().auditEvent.findMany({ where: { action: "media.deleted", entityId: media.id } });
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ hash: media.hash, filename: "现场.jpg" });
    expect((await refusal(deleteMedia(uploader, { mediaId: media.id }))).status).toBe(404);
  });

  it("refuses a photo a working draft uses, naming the story, and changes nothing", async () => {
    await storyWithPhoto("口袋公园里的健身角", { publish: false });
    const error = await refusal(deleteMedia(uploader, { mediaId: media.id }));
    expect(error.status).toBe(409);
    expect(error.userMessage).toContain("《口袋公园里的健身角》");
    expect(await getDb().media.count({ where: { id: media.id } })).toBe(1);
    expect((await blobKeys(media.hash)).length).toBeGreaterThan(2);
    expect(await getDb().auditEvent.count({ where: { action: "media.deleted" } })).toBe(0);
  });

  it("refuses a photo only a published version still shows, though the draft no longer has it", async () => {
    await storyWithPhoto("换过图片的稿件", { publish: true, thenRemovePhoto: true });
    const error = await refusal(deleteMedia(uploader, { mediaId: media.id }));
    expect(error.status).toBe(409);
    expect(error.userMessage).toContain("《换过图片的稿件》");
    expect(await getDb().media.count({ where: { id: media.id } })).toBe(1);
  });

  it("is refused to another editor and allowed to an admin", async () => {
    const { actor: otherEditor } = await createTestUser({ role: "EDITOR" });
    const refused = await refusal(deleteMedia(otherEditor, { mediaId: media.id }));
    expect(refused.status).toBe(403);
    expect(refused.userMessage).toBe("只有上传者或管理员可以删除这张图片");
    expect(await getDb().media.count({ where: { id: media.id } })).toBe(1);
    const { actor: admin } = await createTestUser({ role: "ADMIN" });
    await deleteMedia(admin, { mediaId: media.id });
    expect(await getDb().media.count({ where: { id: media.id } })).toBe(0);
  });
});

// Both media storages (PostgreSQL's MediaBlob, and S3 against a real S3-compatible server) pass the same
// tests: the storage contract, and storing an upload — renditions made and kept, every bad input refused
// with nothing stored.
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getMediaStorage } from "@/lib/media/storage";
import { storeImage } from "@/lib/media/store-image";
import { createTestUser } from "../helpers/factories";
import { NOT_AN_IMAGE, oversizedJpeg, photoJpeg, pngBombHeader, SVG_IMAGE, smallPng, truncated } from "../helpers/images";
import { refusal } from "../helpers/refusal";
import { startS3Server } from "../helpers/s3-server";

let s3: Awaited<ReturnType<typeof startS3Server>>;
const S3_ENV_NAMES = ["MEDIA_S3_ENDPOINT", "MEDIA_S3_BUCKET", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY", "MEDIA_S3_REGION"] as const;

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.stop();
});
afterEach(() => {
  for (const name of S3_ENV_NAMES) delete process.env[name];
});

const STORAGES = [
  {
    kind: "postgres",
    use: () => undefined,
    keys: async () => (await getDb().mediaBlob.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((row) => row.key),
  },
  { kind: "s3", use: () => Object.assign(process.env, s3.env), keys: () => s3.keys() },
] as const;

describe.each(STORAGES)("media storage: $kind", (storage) => {
  it("is the configured implementation", () => {
    storage.use();
    expect(getMediaStorage().kind).toBe(storage.kind);
  });

  it("puts, gets, overwrites and deletes bytes by key", async () => {
    storage.use();
    const store = getMediaStorage();
    const key = `test/${storage.kind}/${Date.now()}.bin`;
    expect(await store.get(key)).toBeNull();
    await store.put(key, new Uint8Array([1, 2, 3, 0, 255]), "application/octet-stream");
    expect(await store.get(key)).toEqual({ bytes: new Uint8Array([1, 2, 3, 0, 255]), contentType: "application/octet-stream" });
    await store.put(key, new Uint8Array([9]), "image/webp");
    expect(await store.get(key)).toEqual({ bytes: new Uint8Array([9]), contentType: "image/webp" });
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key);
    expect(await storage.keys()).not.toContain(key);
  });

  it("stores an upload: oriented, metadata stripped, renditions in WebP and JPEG, never upscaled, with its audit event", async () => {
    storage.use();
    const { actor, user } = await createTestUser();
    const before = await storage.keys();
    const photo = await photoJpeg();
    const { media, existing } = await storeImage(actor, {
      bytes: photo,
      filename: "口袋公园.jpg",
      caption: "口袋公园里，市民休闲健身。",
      credit: "耿新洲 摄",
      alt: "公园里健身的市民",
    });
    expect(existing).toBe(false);
    // The camera was turned (EXIF orientation 6): 2400×1600 as stored, 1600×2400 as seen.
    expect([media.width, media.height]).toEqual([1600, 2400]);
    expect(media.contentType).toBe("image/jpeg");
    expect(media.uploadedById).toBe(user.id);
    expect(media.renditions.map((r) => `${r.format} ${r.width}x${r.height}`)).toEqual([
      "webp 480x720",
      "jpeg 480x720",
      "webp 960x1440",
      "jpeg 960x1440",
      "webp 1600x2400",
      "jpeg 1600x2400",
    ]);
    const added = (await storage.keys()).filter((key) => !before.includes(key));
    expect(added.sort()).toEqual([`media/${media.hash}/original.jpg`, ...media.renditions.map((r) => r.key)].sort());
    for (const rendition of media.renditions) {
      const stored = await getMediaStorage().get(rendition.key);
      expect(stored?.contentType).toBe(rendition.format === "webp" ? "image/webp" : "image/jpeg");
      const meta = await sharp(Buffer.from(stored?.bytes ?? [])).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([rendition.format, rendition.width, rendition.height]);
      // No EXIF at all (GPS position gone) and no orientation left to apply twice.
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    const audit = await getDb().auditEvent.findMany({ where: { action: "media.uploaded" } });
    expect(audit).toMatchObject([{ entityType: "media", entityId: media.id, actorUserId: user.id, payload: { hash: media.hash, storage: storage.kind } }]);

    // The same bytes again are the same photo: nothing new stored.
    const again = await storeImage(actor, { bytes: photo, filename: "copy.jpg" });
    expect(again).toMatchObject({ existing: true, media: { id: media.id } });
    expect(await getDb().media.count()).toBe(1);
  });

  it("never upscales a small picture and keeps its transparency in WebP", async () => {
    storage.use();
    const { actor } = await createTestUser();
    const { media } = await storeImage(actor, { bytes: await smallPng(), filename: "logo.png" });
    expect(media.renditions.map((r) => `${r.format} ${r.width}x${r.height}`)).toEqual(["webp 300x200", "jpeg 300x200"]);
    const webp = await getMediaStorage().get(media.renditions[0]?.key ?? "");
    expect((await sharp(Buffer.from(webp?.bytes ?? [])).metadata()).hasAlpha).toBe(true);
  });

  it.each([
    ["a non-image named .jpg", () => NOT_AN_IMAGE, "文件不是图片", 422],
    ["an SVG", () => SVG_IMAGE, "不接受 SVG", 422],
    ["a file over 30 MB", () => oversizedJpeg(), "超过 30 MB", 413],
    ["a decompression bomb (400 megapixels declared)", () => pngBombHeader(), "像素过多", 422],
    ["a truncated JPEG", async () => truncated(await photoJpeg()), "不完整或已损坏", 422],
  ])("refuses %s and stores nothing", async (_name, make, message, status) => {
    storage.use();
    const { actor } = await createTestUser();
    const before = await storage.keys();
    const error = await refusal(storeImage(actor, { bytes: await make(), filename: "photo.jpg" }));
    expect(error.userMessage).toContain(message);
    expect(error.status).toBe(status);
    expect(await storage.keys()).toEqual(before);
    expect(await getDb().media.count()).toBe(0);
    expect(await getDb().auditEvent.count()).toBe(0);
  });

  it("removes the bytes it wrote when the Media row cannot be written", async () => {
    storage.use();
    const { actor } = await createTestUser();
    const before = await storage.keys();
    const error = await refusal(storeImage(actor, { bytes: await photoJpeg({ color: "#333" }), filename: "a.jpg", creditContributorId: 999_999 }));
    expect(error.userMessage).toContain("摄影署名");
    expect(await storage.keys()).toEqual(before);
    expect(await getDb().media.count()).toBe(0);
  });

  it("refuses a disabled account before decoding anything", async () => {
    storage.use();
    const { actor } = await createTestUser({ disabled: true });
    const error = await refusal(storeImage(actor, { bytes: await photoJpeg(), filename: "a.jpg" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await getDb().media.count()).toBe(0);
  });
});

describe("media storage configuration", () => {
  it("creates its S3 bucket on first write (a fresh MinIO has none)", async () => {
    const store = getMediaStorage({ ...s3.env, MEDIA_S3_BUCKET: "jzrb-media-fresh" });
    await store.put("media/x/480.webp", new Uint8Array([1, 2]), "image/webp");
    expect(await store.get("media/x/480.webp")).toEqual({ bytes: new Uint8Array([1, 2]), contentType: "image/webp" });
  });

  it("refuses a partial S3 configuration instead of quietly using PostgreSQL", () => {
    expect(() => getMediaStorage({ MEDIA_S3_ENDPOINT: "http://minio:9000" })).toThrow(/MEDIA_S3_BUCKET/);
  });
});

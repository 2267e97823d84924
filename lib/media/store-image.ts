// Stores one uploaded photo: processed first (refused with a zh-CN message and nothing kept when it is not
// a photo we serve), then its original and renditions written to media storage, then the Media row and
// its audit event in one transaction. If that transaction fails, the bytes just written are removed, so a
// failure leaves nothing behind. The same bytes uploaded again are the same photo (content hash): the
// existing Media row is returned and nothing new is stored.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { type TMediaRecord, toMediaRecord } from "./media-record";
import { processImage, type TProcessImageOptions } from "./process-image";
import { originalKey, type TRendition } from "./renditions";
import { getMediaStorage } from "./storage";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullish()
    .transform((value) => value || null);

export const ZStoreImageInput = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "没有收到文件" }),
  filename: z.string().trim().min(1, { message: "文件名不能为空" }).max(255, { message: "文件名过长" }),
  caption: optionalText(2000, "图片说明"),
  credit: optionalText(200, "摄影署名"),
  creditContributorId: z.number().int().positive().nullish(),
  alt: optionalText(500, "替代文字"),
});
export type TStoreImageInput = z.input<typeof ZStoreImageInput>;

export interface TStoreImageResult {
  media: TMediaRecord;
  /** The same bytes had been uploaded before: this is that photo, nothing new was stored. */
  existing: boolean;
}

export async function storeImage(actor: TActor, input: TStoreImageInput, options: TProcessImageOptions = {}): Promise<TStoreImageResult> {
  const parsed = ZStoreImageInput.parse(input);
  const db = getDb();
  // Before any work: a disabled account does not get to make the server decode images.
  await authorizeActor(db, actor, NEWSROOM_ROLES);
  const image = await processImage(parsed.bytes, options);

  const existing = await db.media.findUnique({ where: { hash: image.hash } });
  if (existing) return { media: toMediaRecord(existing), existing: true };

  const storage = getMediaStorage();
  const objects = [
    { key: originalKey(image.hash, image.extension), bytes: parsed.bytes, contentType: image.contentType },
    ...image.renditions.map(({ key, bytes, contentType }) => ({ key, bytes, contentType })),
  ];
  const written: string[] = [];
  try {
    for (const object of objects) {
      await storage.put(object.key, object.bytes, object.contentType);
      written.push(object.key);
    }
    const renditions: TRendition[] = image.renditions.map(({ width, height, format, key, bytes }) => ({ width, height, format, key, size: bytes.byteLength }));
    const media = await db.$transaction(async (tx) => {
      await authorizeActor(tx, actor, NEWSROOM_ROLES);
      if (parsed.creditContributorId) {
        const contributor = await tx.contributor.findUnique({ where: { id: parsed.creditContributorId }, select: { mergedIntoId: true } });
        if (!contributor || contributor.mergedIntoId) throw new AppError("INVALID_INPUT", "摄影署名的人员不存在，请重新选择");
      }
      const row = await tx.media.create({
        data: {
          hash: image.hash,
          filename: parsed.filename,
          contentType: image.contentType,
          size: image.size,
          width: image.width,
          height: image.height,
          renditions,
          caption: parsed.caption,
          credit: parsed.credit,
          creditContributorId: parsed.creditContributorId ?? null,
          alt: parsed.alt,
          uploadedById: actor.kind === "user" ? actor.userId : null,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "media.uploaded",
        entityType: "media",
        entityId: row.id,
        payload: {
          hash: row.hash,
          filename: row.filename,
          contentType: row.contentType,
          size: row.size,
          width: row.width,
          height: row.height,
          storage: storage.kind,
        },
      });
      return row;
    });
    return { media: toMediaRecord(media), existing: false };
  } catch (error) {
    // Someone stored the same bytes at the same moment: those keys are theirs now (same content), keep them.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.media.findUnique({ where: { hash: image.hash } });
      if (winner) return { media: toMediaRecord(winner), existing: true };
    }
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}

// An admin uploads the printed page (PDF or scan) for an issue page: it is processed first (nothing stored on
// a refusal), its renditions stored, then one transaction makes it the page's current image, with an audit
// row and a reader-cache notification. The previous image's renditions are deleted once that has committed.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { lockedPage, pageImageChange } from "./page-of";
import { processPageImage } from "./process-page-image";
import { RENDITION_CONTENT_TYPES, renditionKey, type TRendition, ZRenditions } from "./renditions";
import { pageImageStorage } from "./storage";

export const ZUploadPageImageInput = z.object({ pageId: z.number().int().positive().max(2_147_483_647) });
export type TUploadPageImageInput = z.input<typeof ZUploadPageImageInput>;

export interface TUploadedPageImage {
  pageId: number;
  hash: string;
  width: number;
  height: number;
  sourceType: string;
}

export async function uploadPageImage(actor: TActor, input: TUploadPageImageInput, bytes: Uint8Array): Promise<TUploadedPageImage> {
  const { pageId } = ZUploadPageImageInput.parse(input);
  const db = getDb();
  // Refuse an editor or a missing page before spending seconds on the file.
  await db.$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    await lockedPage(tx, pageId);
  });
  const processed = await processPageImage(bytes);
  const storage = pageImageStorage();
  const renditions: TRendition[] = processed.renditions.map((rendition) => ({
    width: rendition.width,
    height: rendition.height,
    format: rendition.format,
    key: renditionKey(pageId, processed.hash, rendition),
    bytes: rendition.data.byteLength,
  }));
  await Promise.all(
    processed.renditions.map((rendition, index) => storage.put(renditions[index]?.key ?? "", rendition.data, RENDITION_CONTENT_TYPES[rendition.format])),
  );
  let replacedKeys: string[] = [];
  try {
    await db.$transaction(async (tx) => {
      await authorizeActor(tx, actor, ["ADMIN"]);
      const page = await lockedPage(tx, pageId);
      const previous = await tx.pageImage.findUnique({ where: { pageId }, select: { hash: true, renditions: true } });
      const data = {
        width: processed.width,
        height: processed.height,
        hash: processed.hash,
        sourceType: processed.source,
        renditions,
        uploadedById: actorUserId(actor),
        uploadedAt: new Date(),
      };
      await tx.pageImage.upsert({ where: { pageId }, create: { pageId, ...data }, update: data });
      await recordAuditEvent(tx, actor, {
        action: "page.image_uploaded",
        entityType: "page",
        entityId: String(pageId),
        payload: { hash: processed.hash, sourceType: processed.source, width: processed.width, height: processed.height, replacedHash: previous?.hash ?? null },
      });
      await notifyReaderChange(tx, pageImageChange(page));
      const kept = new Set(renditions.map((rendition) => rendition.key));
      replacedKeys = previous
        ? ZRenditions.parse(previous.renditions)
            .map((rendition) => rendition.key)
            .filter((key) => !kept.has(key))
        : [];
    });
  } catch (error) {
    // Nothing refers to the new renditions (unless the same file was already this page's image).
    const current = await db.pageImage.findUnique({ where: { pageId }, select: { hash: true } }).catch(() => null);
    if (current?.hash !== processed.hash) await Promise.allSettled(renditions.map((rendition) => storage.delete(rendition.key)));
    throw error;
  }
  await Promise.allSettled(replacedKeys.map((key) => storage.delete(key)));
  return { pageId, hash: processed.hash, width: processed.width, height: processed.height, sourceType: processed.source };
}

// Deletes a photo from the 图片库 that nothing uses: no working draft and no published version (current or
// earlier, so restoring an old version never finds its picture gone) has a figure with it. Whoever
// uploaded it, or an admin, may delete it. The row and its audit event go in one transaction, with the
// row locked so no concurrent delete runs twice; the stored bytes are removed after the commit (a failure
// there leaves unreachable bytes, never a row without bytes), unless the same bytes were uploaded again
// meanwhile (content-hashed keys are shared by equal uploads).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { IMAGE_EXTENSIONS, imageTypeOfContentType } from "./image-type";
import { toMediaRecord } from "./media-record";
import { originalKey } from "./renditions";
import { getMediaStorage } from "./storage";

export const ZDeleteMediaInput = z.object({ mediaId: z.string().min(1).max(64) });

/** A figure with this photo, as jsonb containment (both columns are GIN-indexed). */
const figureWith = (mediaId: string) =>
  Prisma.sql`jsonb_build_object('content', jsonb_build_array(jsonb_build_object('type', 'figure', 'attrs', jsonb_build_object('mediaId', ${mediaId}::text))))`;

export async function deleteMedia(actor: TActor, input: z.input<typeof ZDeleteMediaInput>): Promise<{ deleted: string }> {
  const { mediaId } = ZDeleteMediaInput.parse(input);
  const media = await getDb().$transaction(async (tx) => {
    const role = await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Media" WHERE "id" = ${mediaId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "找不到该图片，可能已被删除");
    const row = toMediaRecord(await tx.media.findUniqueOrThrow({ where: { id: mediaId } }));
    // A system actor (role null) is trusted like an admin.
    const isAdmin = role === null || role === "ADMIN";
    if (!isAdmin && row.uploadedById !== (actor.kind === "user" ? actor.userId : null)) {
      throw new AppError("FORBIDDEN", "只有上传者或管理员可以删除这张图片");
    }
    const uses = await tx.$queryRaw<Array<{ id: number; headline: string }>>`
      SELECT a."id", a."headline" FROM "Article" a
      WHERE a."body" @> ${figureWith(mediaId)}
         OR EXISTS (SELECT 1 FROM "ArticleSnapshot" s WHERE s."articleId" = a."id"
                    AND s."content" @> jsonb_build_object('body', ${figureWith(mediaId)}))
      ORDER BY a."id" LIMIT 6`;
    if (uses.length > 0) {
      const names = uses.slice(0, 5).map((use) => `《${use.headline || `稿件 #${use.id}`}》`);
      const more = uses.length > 5 ? "等" : "";
      throw new AppError("CONFLICT", `这张图片用于${names.join("、")}${more}（含已发布的版本），不能删除`, {
        details: { articleIds: uses.map((use) => use.id) },
      });
    }
    await tx.media.delete({ where: { id: mediaId } });
    await recordAuditEvent(tx, actor, {
      action: "media.deleted",
      entityType: "media",
      entityId: mediaId,
      payload: { hash: row.hash, filename: row.filename, size: row.size },
    });
    return row;
  });

  // The same bytes uploaded again since: they are that photo's now.
  if ((await getDb().media.count({ where: { hash: media.hash } })) === 0) {
    const storage = getMediaStorage();
    const type = imageTypeOfContentType(media.contentType);
    const extension = type ? IMAGE_EXTENSIONS[type] : null;
    const keys = [...media.renditions.map((rendition) => rendition.key), ...(extension ? [originalKey(media.hash, extension)] : [])];
    await Promise.all(keys.map((key) => storage.delete(key))).catch((error: unknown) => {
      console.error(`media ${media.id} deleted, but some of its stored bytes were not removed: ${String(error)}`);
    });
  }
  return { deleted: mediaId };
}

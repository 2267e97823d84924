// One rendition of a photo for /media/<hash>/<width>.<ext>: readers get it only while a story they can see
// (the visibility rule) shows the photo; signed-in staff also for drafts and unreleased issues (preview).
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { parseRenditionName, renditionKey, ZMediaHash, ZRenditions } from "@/lib/media/renditions";
import { getMediaStorage, type TStoredObject } from "@/lib/media/storage";
import { visibleSnapshotSql } from "./visibility";

export type TMediaRendition = TStoredObject & { public: boolean };

/**
 * The photo and whether a snapshot readers can see now has a figure with its id (jsonb containment on the
 * GIN-indexed content), in one query.
 */
async function findMedia(hash: string, now: Date): Promise<{ renditions: unknown; visible: boolean } | null> {
  const rows = await getDb().$queryRaw<Array<{ renditions: unknown; visible: boolean }>>(Prisma.sql`
    SELECT m."renditions", EXISTS (
      SELECT 1 FROM "ArticleSnapshot" s
      WHERE s."content" @> jsonb_build_object('body', jsonb_build_object('content', jsonb_build_array(
              jsonb_build_object('type', 'figure', 'attrs', jsonb_build_object('mediaId', m."id")))))
        AND ${visibleSnapshotSql("s", now)}
    ) AS "visible"
    FROM "Media" m WHERE m."hash" = ${hash}`);
  return rows[0] ?? null;
}

export async function getMediaRendition(hash: string, name: string, options: { isStaff: () => Promise<boolean>; now?: Date }): Promise<TMediaRendition | null> {
  const wanted = parseRenditionName(name);
  if (!wanted || !ZMediaHash.safeParse(hash).success) return null;
  const key = renditionKey(hash, wanted.width, wanted.format);
  // The row and the bytes side by side: the key follows from the URL, the row says whether it may be served.
  const [media, stored] = await Promise.all([findMedia(hash, options.now ?? new Date()), getMediaStorage().get(key)]);
  if (!media || !stored) return null;
  if (!ZRenditions.parse(media.renditions).some((r) => r.key === key)) return null;
  // Only an image readers cannot see asks who is asking (a session lookup): published ones never do.
  if (!media.visible && !(await options.isStaff())) return null;
  return { ...stored, public: media.visible };
}

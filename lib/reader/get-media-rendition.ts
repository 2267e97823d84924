// One rendition of a photo for /media/<hash>/<width>.<ext>: readers get it only while a story they can see
// (the visibility rule) shows the photo; signed-in staff also for drafts and unreleased issues (preview).
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { parseRenditionName, ZMediaHash, ZRenditions } from "@/lib/media/renditions";
import { getMediaStorage, type TStoredObject } from "@/lib/media/storage";
import { visibleSnapshotSql } from "./visibility";

export type TMediaRendition = TStoredObject & { public: boolean };

/** Is the photo in a figure of a snapshot readers can see now? (jsonb containment, GIN-indexed.) */
async function isMediaVisible(mediaId: string, now: Date = new Date()): Promise<boolean> {
  const figure = JSON.stringify({ body: { content: [{ type: "figure", attrs: { mediaId } }] } });
  const rows = await getDb().$queryRaw<Array<{ one: number }>>(Prisma.sql`
    SELECT 1 AS one FROM "ArticleSnapshot" s
    WHERE s."content" @> ${figure}::jsonb AND ${visibleSnapshotSql("s", now)}
    LIMIT 1`);
  return rows.length > 0;
}

export async function getMediaRendition(hash: string, name: string, options: { isStaff: () => Promise<boolean>; now?: Date }): Promise<TMediaRendition | null> {
  const wanted = parseRenditionName(name);
  if (!wanted || !ZMediaHash.safeParse(hash).success) return null;
  const media = await getDb().media.findUnique({ where: { hash }, select: { id: true, renditions: true } });
  if (!media) return null;
  const rendition = ZRenditions.parse(media.renditions).find((r) => r.width === wanted.width && r.format === wanted.format);
  if (!rendition) return null;
  const visible = await isMediaVisible(media.id, options.now);
  // Only an image readers cannot see asks who is asking (a session lookup): published ones never do.
  if (!visible && !(await options.isStaff())) return null;
  const stored = await getMediaStorage().get(rendition.key);
  return stored ? { ...stored, public: visible } : null;
}

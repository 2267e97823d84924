// The newsroom's view of a photo by id (editor figure, library thumbnail): one rendition, staff only, at
// any stage — readers go through the reader route and its visibility rule instead.
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { ZRenditions } from "./renditions";
import { getMediaStorage, type TStoredObject } from "./storage";

/** The rendition closest to `width` (from above when there is one), WebP first. */
export async function getMediaPreview(actor: TActor, mediaId: string, width = 960): Promise<TStoredObject | null> {
  const db = getDb();
  await authorizeActor(db, actor, NEWSROOM_ROLES);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { renditions: true } });
  if (!media) return null;
  const renditions = ZRenditions.parse(media.renditions).filter((r) => r.format !== "avif");
  const ranked = renditions.sort((a, b) => {
    const over = Number(b.width >= width) - Number(a.width >= width);
    if (over !== 0) return over;
    const closer = a.width >= width ? a.width - b.width : b.width - a.width;
    return closer !== 0 ? closer : Number(b.format === "webp") - Number(a.format === "webp");
  });
  const best = ranked[0];
  return best ? getMediaStorage().get(best.key) : null;
}

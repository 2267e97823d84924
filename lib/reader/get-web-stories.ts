// The newest web-only stories (published online, in no printed issue), for their own block on the front page.
import "server-only";
import { getDb } from "@/lib/db/client";
import { storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { visibleSnapshotWhere } from "./visibility";

export const FRONT_WEB_STORIES = 8;

export async function getWebStories(limit = FRONT_WEB_STORIES, now: Date = new Date()): Promise<TStorySummary[]> {
  const rows = await getDb().articleSnapshot.findMany({
    // Every published snapshot has its reader date; asking for it lets the (issueId, readerPublishedAt, id)
    // index hand the rows over already in order.
    where: { AND: [visibleSnapshotWhere(now), { issueId: null, readerPublishedAt: { not: null } }] },
    select: storySummarySelect,
    orderBy: [{ readerPublishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toStorySummary);
}

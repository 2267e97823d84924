// The newest visible stories, for the RSS feed.
import "server-only";
import { getDb } from "@/lib/db/client";
import { newestFirst, storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { visibleSnapshotWhere } from "./visibility";

export async function getLatestStories(limit = 50, now: Date = new Date()): Promise<TStorySummary[]> {
  const rows = await getDb().articleSnapshot.findMany({ where: visibleSnapshotWhere(now), select: storySummarySelect, orderBy: newestFirst, take: limit });
  return rows.map(toStorySummary);
}

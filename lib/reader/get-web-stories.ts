// The newest web-only stories (published online, in no printed issue), for their own block on the front page.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { storySummaryColumnsSql, type TStorySummary, toStorySummary } from "./story-summary";
import { visibleSnapshotSql } from "./visibility";

export const FRONT_WEB_STORIES = 8;

export async function getWebStories(limit = FRONT_WEB_STORIES, now: Date = new Date()): Promise<TStorySummary[]> {
  // Every published snapshot has its reader date; asking for it lets the (issueId, readerPublishedAt, id)
  // index hand the rows over already in order.
  const rows = await readRows<Parameters<typeof toStorySummary>[0]>(Prisma.sql`SELECT ${storySummaryColumnsSql} FROM "ArticleSnapshot" s
    WHERE s."issueId" IS NULL AND s."readerPublishedAt" IS NOT NULL AND ${visibleSnapshotSql("s", now)}
    ORDER BY s."readerPublishedAt" DESC, s."id" DESC LIMIT ${limit}`);
  return rows.map(toStorySummary);
}

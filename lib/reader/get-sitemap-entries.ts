// Everything a search engine may index: released issues, their pages, visible stories.
import "server-only";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, todayInNewsroom } from "@/lib/issues/issue-date";
import { newestFirst, storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { readerPaths } from "./urls";
import { releasedPaperIssueWhere, visibleSnapshotWhere } from "./visibility";

/** One sitemap holds at most 50,000 URLs; beyond that the oldest stories are left to the issue pages. */
const MAX_URLS = 50_000;

export interface TSitemapEntry {
  path: string;
  lastModified: Date;
}

export async function getSitemapEntries(now: Date = new Date()): Promise<TSitemapEntry[]> {
  const db = getDb();
  const issues = await db.issue.findMany({
    where: releasedPaperIssueWhere(now),
    select: { date: true, releasedAt: true, updatedAt: true, pages: { select: { number: true } } },
    orderBy: { date: "desc" },
  });
  const entries: TSitemapEntry[] = [];
  for (const issue of issues) {
    const date = issueDateFromDb(issue.date);
    const lastModified = issue.releasedAt ?? issue.updatedAt;
    entries.push({ path: readerPaths.issue(date), lastModified });
    for (const page of issue.pages) entries.push({ path: readerPaths.page(date, page.number), lastModified });
  }
  const stories = await db.articleSnapshot.findMany({
    where: visibleSnapshotWhere(now),
    select: { articleId: true, headline: true, publishedAt: true },
    orderBy: newestFirst,
    take: Math.max(0, MAX_URLS - entries.length - 1),
  });
  for (const story of stories) entries.push({ path: readerPaths.article(story.articleId, story.headline), lastModified: story.publishedAt });
  return entries;
}

/** Google News: stories of the last two days (Asia/Shanghai), at most 1,000. */
export async function getNewsSitemapStories(now: Date = new Date()): Promise<TStorySummary[]> {
  const yesterday = todayInNewsroom(new Date(now.getTime() - 24 * 3600 * 1000));
  const rows = await getDb().articleSnapshot.findMany({
    where: {
      AND: [
        visibleSnapshotWhere(now),
        {
          OR: [
            { issue: { date: { gte: new Date(`${yesterday}T00:00:00Z`) } } },
            { issueId: null, publishedAt: { gte: new Date(now.getTime() - 48 * 3600 * 1000) } },
          ],
        },
      ],
    },
    select: storySummarySelect,
    orderBy: newestFirst,
    take: 1000,
  });
  return rows.map(toStorySummary);
}

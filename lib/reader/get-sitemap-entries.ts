// Everything a search engine may index, one sitemap per month: released issues, their pages, visible stories.
import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { todayInNewsroom } from "@/lib/issues/issue-date";
import { readerPaths } from "@/lib/reader-change/urls";
import { newestFirst, storySummarySelect, type TStorySummary, toStorySummary } from "./story-summary";
import { liveSnapshotSql, releasedPaperIssueSql, visibleSnapshotSql, visibleSnapshotWhere } from "./visibility";

/** One sitemap holds at most 50,000 URLs; a month of a daily paper stays far below. */
const MAX_URLS = 50_000;

export interface TSitemapEntry {
  path: string;
  /** ISO 8601 in UTC with milliseconds, as Date#toISOString() writes it. */
  lastModified: string;
}

export interface TSitemapMonth {
  /** YYYY-MM: the month of the issue a story is printed in, or of its publication (Asia/Shanghai) when web-only. */
  month: string;
  /** ISO 8601 in UTC, as in TSitemapEntry. */
  lastModified: string;
}

/**
 * A timestamp written in SQL as Date#toISOString() writes it, for the few rows of issues and months (pg's
 * parsing of a timestamp into a Date, and formatting it again, cost more). A month's ≈1,700 stories share
 * few distinct times, formatted once each in getSitemapEntries().
 */
function isoUtc(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A story's sitemap month: that of its "searchDate", its issue's date or the day it went online (Asia/Shanghai). */
const STORY_MONTH = Prisma.sql`date_trunc('month', s."searchDate"::timestamp)`;

/**
 * The months that have something to index, newest first: one sitemap each (see app/sitemap.xml), with the
 * latest change in it — a released issue's release, or a visible story's last change. Every released issue
 * of the paper counts with its release (one row each, read from "Issue"). Stories are read from the sitemap
 * index's own index (migration 20261202100000_sitemap_index_months), which holds each month's live stories
 * newest change first: the months with stories are found by skipping from one to the one before (≈120 at
 * ten years), and each month's latest change is its first story that is web-only or printed in a released
 * issue of the paper — a walk past the stories of issues not released yet or of other publications, not a
 * probe per issue (3,650 at ten years).
 */
export async function getSitemapMonths(now: Date = new Date()): Promise<TSitemapMonth[]> {
  return readRows<TSitemapMonth>(Prisma.sql`
    WITH RECURSIVE story_months AS (
      (SELECT ${STORY_MONTH} AS month FROM "ArticleSnapshot" s
        WHERE ${liveSnapshotSql("s")} AND ${STORY_MONTH} IS NOT NULL ORDER BY 1 DESC LIMIT 1)
      UNION ALL
      SELECT (SELECT ${STORY_MONTH} FROM "ArticleSnapshot" s WHERE ${liveSnapshotSql("s")} AND ${STORY_MONTH} < m.month
        ORDER BY 1 DESC LIMIT 1)
      FROM story_months m WHERE m.month IS NOT NULL
    )
    SELECT to_char(month, 'YYYY-MM') AS month, ${isoUtc(Prisma.sql`max(at)`)} AS "lastModified" FROM (
      SELECT date_trunc('month', i."date"::timestamp) AS month, coalesce(i."releasedAt", i."updatedAt") AS at
      FROM "Issue" i WHERE ${releasedPaperIssueSql("i", now)}
      UNION ALL
      SELECT m.month, (SELECT coalesce(s."readerModifiedAt", s."publishedAt") FROM "ArticleSnapshot" s
        WHERE ${liveSnapshotSql("s")} AND ${STORY_MONTH} = m.month
          AND (s."issueId" IS NULL OR EXISTS (SELECT 1 FROM "Issue" r WHERE r."id" = s."issueId" AND ${releasedPaperIssueSql("r", now)}))
        ORDER BY coalesce(s."readerModifiedAt", s."publishedAt") DESC LIMIT 1)
      FROM story_months m WHERE m.month IS NOT NULL) AS changes
    GROUP BY month HAVING max(at) IS NOT NULL ORDER BY month DESC`);
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** Everything a search engine may index for one month: its released issues and pages, and its visible stories. */
export async function getSitemapEntries(month: string, now: Date = new Date()): Promise<TSitemapEntry[]> {
  const first = `${month}-01`;
  const next = `${nextMonth(month)}-01`;
  const published = { gte: new Date(`${first}T00:00:00+08:00`), lt: new Date(`${next}T00:00:00+08:00`) };
  // Both in SQL, side by side, on the pool (≈1,700 rows: Prisma's mapping of them cost as much as the
  // queries). Stories printed in the month's issues by those issues' ids (an array worked out once), and
  // web-only ones by the range of their publication, as two halves of one statement: each half reads the
  // sitemap's index alone (migration 20261202090000_sitemap_month_index), where an OR of the two read the
  // table's rows. The month's issues are the released ones, so their live stories are the visible ones.
  const storyColumns = Prisma.sql`s."articleId", s."headline", s."readerPublishedAt", s."id",
    (date_part('epoch', coalesce(s."readerModifiedAt", s."publishedAt")) * 1000)::int8 AS "modifiedMs"`;
  const [issues, stories] = await Promise.all([
    readRows<{ date: string; lastModified: string; pages: number[] }>(Prisma.sql`
      SELECT to_char(i."date", 'YYYY-MM-DD') AS "date", ${isoUtc(Prisma.sql`coalesce(i."releasedAt", i."updatedAt")`)} AS "lastModified",
        ARRAY(SELECT p."number" FROM "Page" p WHERE p."issueId" = i."id" ORDER BY p."number") AS "pages"
      FROM "Issue" i
      WHERE ${releasedPaperIssueSql("i", now)} AND i."date" >= ${first}::date AND i."date" < ${next}::date
      ORDER BY i."date" DESC`),
    readRows<{ articleId: number; headline: string; modifiedMs: number }>(Prisma.sql`
      SELECT month."articleId", month."headline", month."modifiedMs" FROM (
        SELECT ${storyColumns} FROM "ArticleSnapshot" s
        WHERE ${liveSnapshotSql("s")}
          AND s."issueId" = ANY(ARRAY(SELECT m."id" FROM "Issue" m
            WHERE ${releasedPaperIssueSql("m", now)} AND m."date" >= ${first}::date AND m."date" < ${next}::date))
        UNION ALL
        SELECT ${storyColumns} FROM "ArticleSnapshot" s
        WHERE ${visibleSnapshotSql("s", now)} AND s."issueId" IS NULL AND s."publishedAt" >= ${published.gte} AND s."publishedAt" < ${published.lt}
      ) AS month
      ORDER BY month."readerPublishedAt" DESC NULLS LAST, month."id" DESC LIMIT ${MAX_URLS}`),
  ]);
  const entries: TSitemapEntry[] = [];
  for (const issue of issues) {
    entries.push({ path: readerPaths.issue(issue.date), lastModified: issue.lastModified });
    for (const page of issue.pages) entries.push({ path: readerPaths.page(issue.date, page), lastModified: issue.lastModified });
  }
  // A story's time as milliseconds, formatted here once per distinct value: most of a month's stories
  // share their issue's release, and PostgreSQL's to_char() of each cost more than the rest of the query.
  const formatted = new Map<number, string>();
  for (const story of stories.slice(0, Math.max(0, MAX_URLS - entries.length))) {
    let lastModified = formatted.get(story.modifiedMs);
    if (lastModified === undefined) {
      lastModified = new Date(story.modifiedMs).toISOString();
      formatted.set(story.modifiedMs, lastModified);
    }
    entries.push({ path: readerPaths.article(story.articleId, story.headline), lastModified });
  }
  return entries;
}

/** Google News: stories of the last two days (Asia/Shanghai), at most 1,000. */
export async function getNewsSitemapStories(now: Date = new Date()): Promise<TStorySummary[]> {
  const yesterday = todayInNewsroom(new Date(now.getTime() - 24 * 3600 * 1000));
  const db = getDb();
  // By the recent issues' ids (an OR across a join on the date reads every story of the archive).
  const recentIssues = await db.issue.findMany({ where: { date: { gte: new Date(`${yesterday}T00:00:00Z`) } }, select: { id: true } });
  const rows = await db.articleSnapshot.findMany({
    where: {
      AND: [
        visibleSnapshotWhere(now),
        {
          OR: [
            { issueId: { in: recentIssues.map((issue) => issue.id) } },
            { issueId: null, readerPublishedAt: { gte: new Date(now.getTime() - 48 * 3600 * 1000) } },
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

// One released issue: its pages (版面导航) and every headline by page (标题导航). When the date has no
// released issue, the nearest released issues before and after it instead.
import "server-only";
import { cache } from "react";
import { ZArticleContent } from "@/lib/content/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { readIssuePages, type TIssuePage } from "./issue-pages";
import { partHasText } from "./part-has-text";
import { releasedPaperIssueWhere, visiblePlacementWhere } from "./visibility";

export interface THeadlineEntry {
  articleId: number;
  sequence: number;
  headline: string;
  kind: string;
  href: string;
  /** False for a continuation whose text was never entered: the contents say so instead of leading to nothing. */
  hasText: boolean;
}

export type TIssueView =
  | {
      kind: "issue";
      issue: { id: number; date: string; number: number | null };
      pages: Array<TIssuePage & { headlines: THeadlineEntry[] }>;
      /** The released issues just before and after this one (上一期/下一期). */
      adjacentIssues: { previous: string | null; next: string | null };
    }
  | { kind: "no-issue"; date: string; previous: string | null; next: string | null };

export async function nearestIssueDates(date: string, now: Date): Promise<{ previous: string | null; next: string | null }> {
  const db = getDb();
  const day = issueDateToDb(date);
  const [previous, next] = await Promise.all([
    db.issue.findFirst({ where: { ...releasedPaperIssueWhere(now), date: { lt: day } }, orderBy: { date: "desc" }, select: { date: true } }),
    db.issue.findFirst({ where: { ...releasedPaperIssueWhere(now), date: { gt: day } }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  return { previous: previous ? issueDateFromDb(previous.date) : null, next: next ? issueDateFromDb(next.date) : null };
}

async function readIssueView(date: string, now: Date = new Date()): Promise<{ view: TIssueView; tags: string[] }> {
  const db = getDb();
  const issue = await db.issue.findFirst({
    where: { ...releasedPaperIssueWhere(now), date: issueDateToDb(date) },
    select: { id: true, date: true, number: true },
  });
  if (!issue) {
    // Releasing this (or a nearer) issue always carries the "latest" tag.
    return { view: { kind: "no-issue", date, ...(await nearestIssueDates(date, now)) }, tags: [readerTags.latest()] };
  }
  const [pages, adjacentIssues] = await Promise.all([readIssuePages(db, issue.id), nearestIssueDates(date, now)]);
  const placements = await db.snapshotPlacement.findMany({
    // AND, not a spread: the visibility filter has its own `page` condition, which would replace this one
    // and read every placement of every released issue.
    where: { AND: [{ page: { issueId: issue.id } }, visiblePlacementWhere(now)] },
    // The headline column is enough for 标题导航: no need to read and parse every story body.
    select: { pageId: true, sequence: true, snapshot: { select: { id: true, articleId: true, kind: true, headline: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  // Only continuations need their body read, to tell whether their part has text.
  const continued = [...new Set(placements.filter((p) => p.sequence > 0).map((p) => p.snapshot.id))];
  const bodies = new Map(
    continued.length === 0
      ? []
      : (await db.articleSnapshot.findMany({ where: { id: { in: continued } }, select: { id: true, content: true } })).map((row) => [
          row.id,
          splitIntoParts(ZArticleContent.parse(row.content).body),
        ]),
  );
  // One tag for the whole table of contents: every change to a story placed in this issue (publish,
  // unpublish, republish with a new headline) and every release notifies `issue:<id>`. Each extra tag
  // costs time on every cache hit, and an issue has dozens of stories.
  // "latest" as well: releasing or un-releasing another issue changes 上一期/下一期, and carries only it.
  const tags = [readerTags.issue(issue.id), readerTags.latest()];
  const byPage = new Map<number, THeadlineEntry[]>();
  for (const placement of placements) {
    const headline = placement.snapshot.headline.trim() || "图片新闻";
    const list = byPage.get(placement.pageId) ?? [];
    list.push({
      articleId: placement.snapshot.articleId,
      sequence: placement.sequence,
      headline,
      kind: placement.snapshot.kind,
      href: readerPaths.article(placement.snapshot.articleId, placement.snapshot.headline),
      hasText: placement.sequence === 0 || partHasText(bodies.get(placement.snapshot.id)?.[placement.sequence]),
    });
    byPage.set(placement.pageId, list);
  }
  return {
    view: {
      kind: "issue",
      issue: { id: issue.id, date: issueDateFromDb(issue.date), number: issue.number },
      pages: pages.map((page) => ({ ...page, headlines: byPage.get(page.id) ?? [] })),
      adjacentIssues,
    },
    tags,
  };
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getIssueView = cache(readIssueView);

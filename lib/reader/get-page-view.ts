// One page (版) of a released issue with its stories in print order, and its neighbours for 上一版/下一版.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { nearestIssueDates } from "./get-issue-view";
import { readIssuePages, type TIssuePage } from "./issue-pages";
import { readPageStories, type TPendingStory, type TPlacedStory } from "./page-stories";
import { releasedPaperIssueWhere } from "./visibility";

export interface TPageView {
  issue: { id: number; date: string; number: number | null };
  page: TIssuePage;
  pages: TIssuePage[];
  previous: TIssuePage | null;
  next: TIssuePage | null;
  /** The released issues just before and after this one (上一期/下一期). */
  adjacentIssues: { previous: string | null; next: string | null };
  stories: TPlacedStory[];
  /** Stories continued here whose continuation has no text yet. */
  pending: TPendingStory[];
}

async function readPageView(date: string, pageNumber: number, now: Date = new Date()): Promise<{ view: TPageView | null; tags: string[] }> {
  const db = getDb();
  const issue = await db.issue.findFirst({
    where: { ...releasedPaperIssueWhere(now), date: issueDateToDb(date) },
    select: { id: true, date: true, number: true },
  });
  if (!issue) return { view: null, tags: [readerTags.latest()] };
  const pages = await readIssuePages(db, issue.id);
  const index = pages.findIndex((page) => page.number === pageNumber);
  const page = pages[index];
  // A page added to a released issue comes with an issue tag.
  if (!page) return { view: null, tags: [readerTags.issue(issue.id)] };
  const [{ stories, pending, tags }, adjacentIssues] = await Promise.all([readPageStories(db, page.id, now), nearestIssueDates(date, now)]);
  return {
    view: {
      issue: { id: issue.id, date: issueDateFromDb(issue.date), number: issue.number },
      page,
      pages,
      previous: pages[index - 1] ?? null,
      next: pages[index + 1] ?? null,
      adjacentIssues,
      stories,
      pending,
    },
    // "latest" as well: releasing or un-releasing another issue changes 上一期/下一期, and carries only it.
    tags: [readerTags.issue(issue.id), readerTags.latest(), ...tags],
  };
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getPageView = cache(readPageView);

// One page (版) of a released issue with its stories in print order, and its neighbours for 上一版/下一版.
import "server-only";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readIssuePages, type TIssuePage } from "./issue-pages";
import { readPageStories, type TPendingStory, type TPlacedStory } from "./page-stories";
import { releasedPaperIssueWhere } from "./visibility";

export interface TPageView {
  issue: { id: number; date: string; number: number | null };
  page: TIssuePage;
  pages: TIssuePage[];
  previous: TIssuePage | null;
  next: TIssuePage | null;
  stories: TPlacedStory[];
  /** Stories continued here whose continuation has no text yet. */
  pending: TPendingStory[];
}

export async function getPageView(date: string, pageNumber: number, now: Date = new Date()): Promise<{ view: TPageView | null; tags: string[] }> {
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
  const { stories, pending, tags } = await readPageStories(db, page.id, now);
  return {
    view: {
      issue: { id: issue.id, date: issueDateFromDb(issue.date), number: issue.number },
      page,
      pages,
      previous: pages[index - 1] ?? null,
      next: pages[index + 1] ?? null,
      stories,
      pending,
    },
    tags: [readerTags.issue(issue.id), ...tags],
  };
}

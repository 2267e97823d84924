// The latest released issue's front page as the reader site shows it: its pages, the stories of its
// first page in print order, and the cache tags of everything shown.
import "server-only";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { nearestIssueDates } from "./get-issue-view";
import { readIssuePages, type TIssuePage } from "./issue-pages";
import { readPageStories, type TPlacedStory } from "./page-stories";
import { releasedPaperIssueWhere } from "./visibility";

export interface TFrontPageView {
  issue: { id: number; date: string; number: number | null };
  page: TIssuePage;
  pages: TIssuePage[];
  stories: TPlacedStory[];
  /** The released issue before this one (上一期); the front shows the latest, so no next. */
  adjacentIssues: { previous: string | null; next: string | null };
}

export async function getFrontPageView(now: Date = new Date()): Promise<{ front: TFrontPageView | null; tags: string[] }> {
  const db = getDb();
  // Any release or publish changes what is "latest", and every reader change carries this tag.
  const tags = [readerTags.latest()];
  const issue = await db.issue.findFirst({ where: releasedPaperIssueWhere(now), orderBy: { date: "desc" }, select: { id: true, date: true, number: true } });
  if (!issue) return { front: null, tags };
  tags.push(readerTags.issue(issue.id));
  const pages = await readIssuePages(db, issue.id);
  const page = pages[0];
  if (!page) return { front: null, tags };
  const date = issueDateFromDb(issue.date);
  const [{ stories, tags: storyTags }, adjacentIssues] = await Promise.all([readPageStories(db, page.id, now), nearestIssueDates(date, now)]);
  return {
    front: { issue: { id: issue.id, date, number: issue.number }, page, pages, stories, adjacentIssues },
    tags: [...tags, ...storyTags],
  };
}

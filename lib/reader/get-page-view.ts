// One page (版) of a released issue with its stories in print order, and its neighbours for 上一版/下一版.
import "server-only";
import { cache } from "react";
import { readerTags } from "@/lib/reader-change/cache-tags";
import type { TIssuePage } from "./issue-pages";
import { readPageStories, type TPendingStory, type TPlacedStory } from "./page-stories";
import { readIssueFrame } from "./read-issue-frame";

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
  // The issue, its pages and 上一期/下一期 in one round trip; then the page's stories.
  const frame = await readIssueFrame(date, now);
  const { issue, pages } = frame;
  if (!issue) return { view: null, tags: [readerTags.latest()] };
  const index = pages.findIndex((page) => page.number === pageNumber);
  const page = pages[index];
  // A page added to a released issue comes with an issue tag.
  if (!page) return { view: null, tags: [readerTags.issue(issue.id)] };
  const { stories, pending, tags } = await readPageStories(page.id, now);
  const adjacentIssues = { previous: frame.previous, next: frame.next };
  return {
    view: {
      issue,
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

// The latest released issue's front page as the reader site shows it: its pages, the stories of its
// first page in print order, and the cache tags of everything shown.
import "server-only";
import { readerTags } from "@/lib/reader-change/cache-tags";
import type { TIssuePage } from "./issue-pages";
import { readPageStories, type TPlacedStory } from "./page-stories";
import { readIssueFrame } from "./read-issue-frame";

export interface TFrontPageView {
  issue: { id: number; date: string; number: number | null };
  page: TIssuePage;
  pages: TIssuePage[];
  stories: TPlacedStory[];
  /** The released issue before this one (上一期); the front shows the latest, so no next. */
  adjacentIssues: { previous: string | null; next: string | null };
}

export async function getFrontPageView(now: Date = new Date()): Promise<{ front: TFrontPageView | null; tags: string[] }> {
  // Any release or publish changes what is "latest", and every reader change carries this tag.
  const tags = [readerTags.latest()];
  // The latest issue, its pages and 上一期 as the issue and page views read them (read-issue-frame.ts).
  const { issue, pages, previous, next } = await readIssueFrame("latest", now);
  const page = pages[0];
  if (!issue) return { front: null, tags };
  tags.push(readerTags.issue(issue.id));
  if (!page) return { front: null, tags };
  const { stories, tags: storyTags } = await readPageStories(page.id, now);
  return {
    front: { issue, page, pages, stories, adjacentIssues: { previous, next } },
    tags: [...tags, ...storyTags],
  };
}

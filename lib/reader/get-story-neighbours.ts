// 上一篇/下一篇 and 返回本版 at the end of a story: the stories printed before and after it on the page
// where it starts, in print order, as that page lists them for readers. A web-only story has none.
import "server-only";
import type { TArticleContent } from "@/lib/content/article-content";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { pageLabel, readerPaths } from "@/lib/reader-change/urls";
import { pagePlacementsSql, placedHeadlineColumnsSql } from "./page-stories";
import { placedPartHasText } from "./part-has-text";

export interface TStoryLink {
  headline: string;
  href: string;
}

export interface TStoryNeighbours {
  page: { label: string; href: string };
  previous: TStoryLink | null;
  next: TStoryLink | null;
}

export async function getStoryNeighbours(
  articleId: number,
  content: TArticleContent,
  now: Date = new Date(),
): Promise<{ neighbours: TStoryNeighbours | null; tags: string[] }> {
  const start = content.placement?.parts.find((part) => part.sequence === 0);
  const issueDate = content.placement?.issueDate;
  if (!start || !issueDate) return { neighbours: null, tags: [] };
  // The page's list as readPageStories() makes it, from the headline column: only continuations' bodies
  // are read, to leave out those without text as the page does.
  const placements = await readRows<{ sequence: number; articleId: number; headline: string; body: unknown }>(
    pagePlacementsSql(start.pageId, now, placedHeadlineColumnsSql),
  );
  const stories = placements.filter((placement) => placedPartHasText(placement.sequence, placement.body));
  const index = stories.findIndex((story) => story.articleId === articleId);
  const link = (at: number): TStoryLink | null => {
    const story = index >= 0 ? stories[at] : undefined;
    return story ? { headline: story.headline.trim() || "图片新闻", href: readerPaths.article(story.articleId, story.headline) } : null;
  };
  return {
    neighbours: {
      page: {
        label: `${pageLabel(start.pageNumber)}${start.pageName ? ` ${start.pageName}` : ""}`,
        href: `${readerPaths.page(issueDate, start.pageNumber)}#article-${articleId}`,
      },
      previous: link(index - 1),
      next: link(index + 1),
    },
    // A story placed on, moved off or republished on that page notifies the page's tag.
    tags: [readerTags.page(start.pageId)],
  };
}

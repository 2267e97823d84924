// The stories printed on one page, as readers see them: visible snapshots' placements in print order,
// less continuations whose text was never entered (named apart, so the page can say why).
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import type { TTransaction } from "@/lib/db/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { partHasText } from "./part-has-text";
import { visiblePlacementWhere } from "./visibility";

export interface TPlacedStory {
  articleId: number;
  /** Which part of the story is printed on this page: 0 where it starts, 1 for its first continuation… */
  sequence: number;
  position: number;
  content: TArticleContent;
  href: string;
}

/** A story continued on this page whose continuation has no text yet: the page names it instead of listing it. */
export interface TPendingStory {
  articleId: number;
  headline: string;
  href: string;
}

export async function readPageStories(
  db: TTransaction,
  pageId: number,
  now: Date,
): Promise<{ stories: TPlacedStory[]; pending: TPendingStory[]; tags: string[] }> {
  const placements = await db.snapshotPlacement.findMany({
    where: { pageId, ...visiblePlacementWhere(now) },
    select: { sequence: true, position: true, snapshot: { select: { articleId: true, content: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const placed = placements.map((placement) => {
    const content = ZArticleContent.parse(placement.snapshot.content);
    return {
      articleId: placement.snapshot.articleId,
      sequence: placement.sequence,
      position: placement.position,
      content,
      href: readerPaths.article(placement.snapshot.articleId, content.headline),
    };
  });
  // A continuation is listed only with text: a bare headline would lead to nothing.
  const hasText = (story: TPlacedStory) => story.sequence === 0 || partHasText(splitIntoParts(story.content.body)[story.sequence]);
  const stories = placed.filter(hasText);
  const pending = placed
    .filter((story) => !hasText(story))
    .map((story) => ({ articleId: story.articleId, headline: story.content.headline, href: story.href }));
  // The page tag alone: a publish or unpublish notifies every page the story was or is printed on, and
  // each extra tag costs time on every cache hit.
  return { stories, pending, tags: [readerTags.page(pageId)] };
}

// The stories printed on one page, as readers see them: visible snapshots' placements in print order.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import type { TTransaction } from "@/lib/db/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { visiblePlacementWhere } from "./visibility";

export interface TPlacedStory {
  articleId: number;
  /** Which part of the story is printed on this page: 0 where it starts, 1 for its first continuation… */
  sequence: number;
  position: number;
  content: TArticleContent;
  href: string;
}

export async function readPageStories(db: TTransaction, pageId: number, now: Date): Promise<{ stories: TPlacedStory[]; tags: string[] }> {
  const placements = await db.snapshotPlacement.findMany({
    where: { pageId, ...visiblePlacementWhere(now) },
    select: { sequence: true, position: true, snapshot: { select: { articleId: true, content: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const stories = placements.map((placement) => {
    const content = ZArticleContent.parse(placement.snapshot.content);
    return {
      articleId: placement.snapshot.articleId,
      sequence: placement.sequence,
      position: placement.position,
      content,
      href: readerPaths.article(placement.snapshot.articleId, content.headline),
    };
  });
  // The page tag alone: a publish or unpublish notifies every page the story was or is printed on, and
  // each extra tag costs time on every cache hit.
  return { stories, tags: [readerTags.page(pageId)] };
}

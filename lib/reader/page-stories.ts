// The stories printed on one page, as readers see them: visible snapshots' placements in print order,
// less continuations whose text was never entered (named apart, so the page can say why).
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { partHasText } from "./part-has-text";
import { releasedPaperIssueSql, visibleSnapshotSql } from "./visibility";

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

/**
 * The visible placements on a page of a released issue, in print order, with the snapshot columns asked
 * for (`s` is the snapshot, `pl` the placement). Shared with the headlines a story's 上一篇/下一篇 need.
 */
export function pagePlacementsSql(pageId: number, now: Date, columns: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT pl."sequence", pl."position", s."articleId", ${columns}
    FROM "SnapshotPlacement" pl JOIN "ArticleSnapshot" s ON s."id" = pl."snapshotId"
      JOIN "Page" p ON p."id" = pl."pageId" JOIN "Issue" i ON i."id" = p."issueId"
    WHERE pl."pageId" = ${pageId} AND ${visibleSnapshotSql("s", now)} AND ${releasedPaperIssueSql("i", now)}
    ORDER BY pl."position" ASC, pl."id" ASC`;
}

/**
 * A placement's headline, and the stored body of continuations only (sequence > 0), for placedPartHasText():
 * lists of headlines need no story's whole document.
 */
export const placedHeadlineColumnsSql = Prisma.sql`s."headline", CASE WHEN pl."sequence" > 0 THEN s."content" -> 'body' END AS "body"`;

export async function readPageStories(pageId: number, now: Date): Promise<{ stories: TPlacedStory[]; pending: TPendingStory[]; tags: string[] }> {
  const placements = await readRows<{ sequence: number; position: number; articleId: number; content: unknown }>(
    pagePlacementsSql(pageId, now, Prisma.sql`s."content"`),
  );
  const placed = placements.map((placement) => {
    const content = ZArticleContent.parse(placement.content);
    return {
      articleId: placement.articleId,
      sequence: placement.sequence,
      position: placement.position,
      content,
      href: readerPaths.article(placement.articleId, content.headline),
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

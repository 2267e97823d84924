// One released issue: its pages (版面导航) and every headline by page (标题导航). When the date has no
// released issue, the nearest released issues before and after it instead.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import type { TIssuePage } from "./issue-pages";
import { placedHeadlineColumnsSql } from "./page-stories";
import { placedPartHasText } from "./part-has-text";
import { readIssueFrame } from "./read-issue-frame";
import { visibleSnapshotSql } from "./visibility";

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

interface TPlacementRow {
  pageId: number;
  sequence: number;
  articleId: number;
  kind: string;
  headline: string;
  /** The stored body, for continuations only (sequence > 0): whether their part has text. */
  body: unknown;
}

async function readIssueView(date: string, now: Date = new Date()): Promise<{ view: TIssueView; tags: string[] }> {
  // The issue, its pages and 上一期/下一期 in one round trip; then the headlines of its visible stories.
  const frame = await readIssueFrame(date, now);
  const { issue, pages } = frame;
  const adjacentIssues = { previous: frame.previous, next: frame.next };
  if (!issue) {
    // Releasing this (or a nearer) issue always carries the "latest" tag.
    return { view: { kind: "no-issue", date, ...adjacentIssues }, tags: [readerTags.latest()] };
  }
  // The headline column is enough for 标题导航: no need to read and parse every story body, only the bodies
  // of continuations, to tell whether their part has text. The issue is released, so the visibility rule
  // left to check is the snapshot's own (lib/reader/visibility.ts).
  const placements = await readRows<TPlacementRow>(Prisma.sql`
    SELECT pl."pageId", pl."sequence", s."articleId", s."kind"::text AS "kind", ${placedHeadlineColumnsSql}
    FROM "SnapshotPlacement" pl JOIN "Page" p ON p."id" = pl."pageId" JOIN "ArticleSnapshot" s ON s."id" = pl."snapshotId"
    WHERE p."issueId" = ${issue.id} AND ${visibleSnapshotSql("s", now)}
    ORDER BY pl."position" ASC, pl."id" ASC`);
  // One tag for the whole table of contents: every change to a story placed in this issue (publish,
  // unpublish, republish with a new headline) and every release notifies `issue:<id>`. Each extra tag
  // costs time on every cache hit, and an issue has dozens of stories.
  // "latest" as well: releasing or un-releasing another issue changes 上一期/下一期, and carries only it.
  const tags = [readerTags.issue(issue.id), readerTags.latest()];
  const byPage = new Map<number, THeadlineEntry[]>();
  for (const placement of placements) {
    const list = byPage.get(placement.pageId) ?? [];
    list.push({
      articleId: placement.articleId,
      sequence: placement.sequence,
      headline: placement.headline.trim() || "图片新闻",
      kind: placement.kind,
      href: readerPaths.article(placement.articleId, placement.headline),
      hasText: placedPartHasText(placement.sequence, placement.body),
    });
    byPage.set(placement.pageId, list);
  }
  return {
    view: {
      kind: "issue",
      issue,
      pages: pages.map((page) => ({ ...page, headlines: byPage.get(page.id) ?? [] })),
      adjacentIssues,
    },
    tags,
  };
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getIssueView = cache(readIssueView);

// What the issue desk's routes answer, checked in the browser. Client-safe: server types are imported as
// types only, and the checks at the bottom keep both sides in step.
import { z } from "zod";
import type { findPlaceableArticles } from "@/lib/articles/find-placeable-articles";
import type { TIssueDesk } from "@/lib/articles/get-issue-desk";
import { EDITORIAL_STATUSES } from "@/lib/articles/status";
import type { getPreviousPlan } from "@/lib/issues/get-previous-plan";
import { ISSUE_STATUSES } from "@/lib/issues/issue-status";

export const ZDeskStory = z.object({
  articleId: z.number().int(),
  headline: z.string(),
  kind: z.string(),
  status: z.enum(EDITORIAL_STATUSES),
  version: z.number().int(),
  sequence: z.number().int(),
  position: z.number().int(),
  fromPage: z.number().int().nullable(),
  jumpToPage: z.number().int().nullable(),
});
export type TDeskStoryResponse = z.infer<typeof ZDeskStory>;

export const ZIssueDesk = z.object({
  id: z.number().int(),
  date: z.string(),
  number: z.number().int().nullable(),
  status: z.enum(ISSUE_STATUSES),
  releasedAt: z.string().nullable(),
  pages: z.array(
    z.object({
      id: z.number().int(),
      issueId: z.number().int(),
      number: z.number().int(),
      name: z.string().nullable(),
      sectionId: z.number().int().nullable(),
      sectionName: z.string().nullable(),
      stories: z.array(ZDeskStory),
      problems: z.array(z.string()),
    }),
  ),
});

export const ZIssueRef = z.object({ id: z.number().int() });
export const ZCreatedIssue = z.object({ id: z.number().int(), date: z.string() });
export const ZReleaseResult = z.object({ id: z.number().int(), releasedAt: z.string() });
/** `republished`: readers saw exactly the moved version, so they see the move at once (lib/articles/set-start-page.ts). */
export const ZPlacementResult = z.object({ articleId: z.number().int(), version: z.number().int(), republished: z.boolean() });

/** What the desk tells the admin after a move: whether readers see it now. */
export function placementNote(result: z.infer<typeof ZPlacementResult>, done: string): string {
  return result.republished ? `${done}，读者看到的版面已同步更新` : done;
}
export const ZReorderResult = z.object({ pageId: z.number().int(), articleIds: z.array(z.number().int()) });
export const ZPreviousPlan = z.object({
  plan: z
    .object({ date: z.string(), pages: z.array(z.object({ number: z.number().int(), name: z.string(), sectionId: z.number().int().nullable() })) })
    .nullable(),
});
export const ZPlaceableArticles = z.object({
  articles: z.array(
    z.object({ id: z.number().int(), headline: z.string(), status: z.enum(EDITORIAL_STATUSES), version: z.number().int(), placedOn: z.string().nullable() }),
  ),
});

// Fail to compile if the server's answers and these checks drift apart.
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const deskMatches: TSame<z.infer<typeof ZIssueDesk>, TIssueDesk> = true;
const planMatches: TSame<z.infer<typeof ZPreviousPlan>["plan"], Awaited<ReturnType<typeof getPreviousPlan>>> = true;
const articlesMatch: TSame<z.infer<typeof ZPlaceableArticles>["articles"], Awaited<ReturnType<typeof findPlaceableArticles>>> = true;
void [deskMatches, planMatches, articlesMatch];

// The story drafts that segmentation builds and the last stages read: what a story holds before it is an article.
import type { TParsedByline } from "../types";
import type { TDateline } from "./dateline";
import type { TJumpDirection } from "./jumps";

export interface TPhotoDraft {
  titleLines: string[];
  /** A banner printed over several photos (摄影报道): each photo's 栏目, none of them its headline. */
  bannerLines: string[];
  /** One caption, or several for a numbered photo group (1、… 2、…) under one title. */
  captions: string[];
  dateline: TDateline | null;
  credits: TParsedByline[];
}

export type TBodyItem =
  | { kind: "paragraph"; text: string; dateline: TDateline | null }
  | { kind: "subhead"; lines: string[] }
  | { kind: "jump"; direction: TJumpDirection; page: number }
  | { kind: "photo"; photo: TPhotoDraft }
  /** A byline line printed inside or after the body (a signature). */
  | { kind: "signature"; bylines: TParsedByline[]; byCommentator: boolean };

export interface TStoryDraft {
  titleLines: string[];
  /** Byline lines printed under the titles. */
  groupBylines: TParsedByline[];
  byCommentator: boolean;
  body: TBodyItem[];
  /** Title lines printed above a body whose headline came later in the dump, or a briefs banner over an item. */
  bannerLines: string[];
}

export function newDraft(titleLines: string[] = []): TStoryDraft {
  return { titleLines, groupBylines: [], byCommentator: false, body: [], bannerLines: [] };
}

export function hasText(body: TBodyItem[]): boolean {
  return body.some((b) => b.kind === "paragraph" || b.kind === "subhead");
}

export function isPhotoOnly(draft: TStoryDraft): boolean {
  return draft.titleLines.length === 0 && draft.body.length > 0 && draft.body.every((b) => b.kind === "photo");
}

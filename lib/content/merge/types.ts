// The shapes the three-way merge works on: a story as the editor edits it (headline parts, story fields,
// bylines, body), the conflicts it may leave, and the choices an editor makes about them. Pure types.
import type { TArticleKind, TBylineRole } from "../kinds";
import type { TBlockNode, TStoryDocument } from "../schema";

export interface TMergeableByline {
  contributorId: number | null;
  name: string;
  role: TBylineRole;
  affiliation: string | null;
}

/** A story as the editor sends it; both the browser's draft and the server's parsed draft fit. */
export interface TMergeableStory {
  kind: TArticleKind;
  columnName: string | null;
  sectionId: number | null;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  bylines: readonly TMergeableByline[];
  pageId: number | null;
  body: TStoryDocument;
}

/** The fields merged as wholes (one value each); the body is merged block by block. */
export const MERGE_FIELDS = ["kind", "columnName", "sectionId", "kicker", "headline", "subheadline", "dateline", "bylines", "pageId"] as const;
export type TMergeField = (typeof MERGE_FIELDS)[number];

export type TFieldConflict<S extends TMergeableStory = TMergeableStory> = {
  [F in TMergeField]: { id: string; kind: "field"; field: F; base: S[F]; mine: S[F]; theirs: S[F] };
}[TMergeField];

/** A base block both sides changed differently; an empty side deleted it. */
export interface TBlockConflict {
  id: string;
  kind: "block";
  base: TBlockNode;
  mine: TBlockNode[];
  theirs: TBlockNode[];
}

export type TMergeConflict<S extends TMergeableStory = TMergeableStory> = TFieldConflict<S> | TBlockConflict;

/** The merged body in order: settled blocks, and the places where a conflict waits for a choice. */
export type TBodySegment = { kind: "block"; block: TBlockNode } | { kind: "conflict"; conflict: TBlockConflict };

export interface TStoryMerge<S extends TMergeableStory = TMergeableStory> {
  /** The merged story; where a conflict waits, it holds the other side's value (theirs is what is saved now). */
  story: S;
  segments: TBodySegment[];
  conflicts: TMergeConflict<S>[];
}

/** 用我的 / 用对方的 / 两者都保留 (the last for blocks and bylines: theirs first, then mine). */
export type TConflictChoice = "mine" | "theirs" | "both";

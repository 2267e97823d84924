// The intermediate vocabulary between reading blocks and assembling stories.
import type { TParsedByline } from "../types";
import type { TDateline } from "./dateline";
import type { TJumpDirection } from "./jumps";

/** Prose or a title line; which one is decided from its shape (see isTitleLike). */
export interface TTextUnit {
  kind: "text";
  text: string;
  /** Set when the block opens with a 电头; `text` is then the lead after it. */
  dateline: TDateline | null;
  /** Set by the join stage for a sentence-long subhead of a feature (see isSentenceSubhead). */
  sentenceSubhead?: boolean;
  /** A headline printed in 【】 at the start of its item's paragraph (see readTextBlock). */
  gluedTitle?: boolean;
}

export interface TBylineUnit {
  kind: "byline";
  bylines: TParsedByline[];
  byCommentator: boolean;
  raw: string;
}

export interface TCreditUnit {
  kind: "credit";
  bylines: TParsedByline[];
  raw: string;
}

export interface TJumpUnit {
  kind: "jump";
  direction: TJumpDirection;
  page: number;
}

/** A photo caption with its 摄 credit; text is null when print gives only the credit. */
export interface TCaptionUnit {
  kind: "caption";
  text: string | null;
  dateline: TDateline | null;
  credits: TParsedByline[];
}

export type TUnit = TTextUnit | TBylineUnit | TCreditUnit | TJumpUnit | TCaptionUnit;

/**
 * Reports a doubt: `message` for the operator (English, quoting the text it is about, which is how
 * parsePageText finds the story it belongs to), `zh` for the editor of that story in the newsroom.
 */
export type TWarn = (message: string, zh?: string) => void;

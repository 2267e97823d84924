// The structure the print-page parser produces: one printed page's stories, in print order.
// This is the contract of `npm run import -- --dry-run --json` (see seeds/*.expected.json).

import type { TArticleKind, TBylineRole } from "@/lib/content/kinds";

export { ARTICLE_KINDS, BYLINE_ROLES, type TArticleKind, type TBylineRole } from "@/lib/content/kinds";

export interface TParsedByline {
  name: string;
  role: TBylineRole;
  /** Who the person writes for: 本报, 新华社, … or null when print does not say. */
  affiliation: string | null;
}

export interface TParsedBlock {
  type: "paragraph" | "subhead";
  text: string;
}

export interface TParsedArticle {
  kind: TArticleKind;
  column: string | null;
  kicker: string | null;
  /** "" for an untitled photo. */
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  bylines: TParsedByline[];
  paragraphs: string[];
  subheads: string[];
  /** Paragraphs and subheads in reading order. */
  blocks: TParsedBlock[];
  /** 下转第N版: the page where this story continues. */
  jumpToPage: number | null;
  /** 上接第N版: the page this part continues from. */
  jumpFromPage: number | null;
  /**
   * What the parser was unsure of in this story, in zh-CN for its editor (the newsroom shows them on
   * the story's editor page). Always set by the parser; optional so hand-made pages in tests may omit it.
   */
  warnings?: string[];
}

export interface TParsedPage {
  articles: TParsedArticle[];
  /** Every doubt on the page, for the operator (English), each naming the story it concerns. */
  warnings: string[];
}

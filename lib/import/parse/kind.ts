// 稿件类型: news (消息), feature (通讯), commentary (评论) or photo (图片新闻).
import type { TArticleKind, TParsedByline } from "../types";
import { isBriefsBanner } from "./text";

// Column names that mark opinion pieces. Matched as words inside the banner ("晋中时评", "基层观察").
const COMMENTARY_COLUMN = /评论|短评|时评|快评|锐评|热评|漫评|述评|社论|观察|言论|论坛|杂谈/u;

export function isCommentaryColumn(column: string | null): boolean {
  return column !== null && COMMENTARY_COLUMN.test(column);
}

export interface TKindFacts {
  hasHeadline: boolean;
  hasDateline: boolean;
  /** The story is a photo caption with its 摄 credit. */
  isCaption: boolean;
  byCommentator: boolean;
  column: string | null;
  bylines: TParsedByline[];
  /** The headline names a notice (更正, 启事, 声明), which is news signed by nobody. */
  isNotice?: boolean;
  /** The story's only text describes a picture (这是…, 图为…) and nothing else marks it as news. */
  describesPhoto?: boolean;
}

/**
 * Decides the kind, in this order: a caption credited to photographers only is a photo; a 电头
 * makes news; a 评论员 signature or a commentary banner makes commentary; a titled story signed
 * on a byline line is a feature. A titled story with neither byline nor 电头 is most often a short
 * news item, so it is news, with a doubt for the editor, unless it is a notice (更正: news) or
 * a picture description (图为…: a photo).
 */
export function decideKind(facts: TKindFacts): { kind: TArticleKind; doubt: { en: string; zh: string } | null } {
  const writers = facts.bylines.filter((b) => b.role !== "photographer");
  if (facts.isCaption && writers.length === 0) return { kind: "photo", doubt: null };
  if (facts.hasDateline) return { kind: "news", doubt: null };
  if (facts.byCommentator || isCommentaryColumn(facts.column)) return { kind: "commentary", doubt: null };
  if (facts.hasHeadline && writers.length > 0) return { kind: "feature", doubt: null };
  // Notices (更正) and items under a briefs banner (要闻简报) are news that print no byline or 电头.
  if (facts.isNotice || (facts.column !== null && isBriefsBanner(facts.column))) return { kind: "news", doubt: null };
  if (facts.describesPhoto) return { kind: "photo", doubt: null };
  return { kind: "news", doubt: { en: "no byline and no 电头; read as news", zh: "没有署名也没有电头，已按消息处理，请核对稿件类型和署名" } };
}

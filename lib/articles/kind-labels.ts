// 体裁 as the newsroom names them.
import type { TArticleKind } from "@/lib/content/kinds";

export const ARTICLE_KIND_LABELS: Record<TArticleKind, string> = { news: "消息", feature: "通讯", photo: "图片新闻", commentary: "评论" };
export type TArticleKindName = TArticleKind;
export const ARTICLE_KIND_OPTIONS = Object.entries(ARTICLE_KIND_LABELS) as Array<[TArticleKindName, string]>;

/** How the newsroom names a story that has no headline yet. */
export function untitledLabel(kind: string): string {
  return kind === "photo" ? "（无标题图片）" : "（未命名稿件）";
}

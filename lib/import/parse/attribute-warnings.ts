// Last stage: give each doubt to the story it is about, so the editor of that story sees it, and make
// the operator's message name the story.
import type { TParsedArticle } from "../types";
import { excerpt } from "./text";

export interface TRawWarning {
  message: string;
  zh: string | undefined;
}

/** The texts a warning may quote: titles (alone and stacked), 电头 and every block. */
function haystack(article: TParsedArticle): string[] {
  const titles = [article.column, article.kicker, article.headline, article.subheadline].filter((t): t is string => t !== null && t !== "");
  return [titles.join(" "), ...titles, article.dateline ?? "", ...article.blocks.map((b) => b.text)];
}

/** Quoted excerpts of a message, without the ellipsis that marks a cut. */
function quotes(message: string): string[] {
  return Array.from(message.matchAll(/"([^"]+)"/gu), (m) => (m[1] ?? "").replace(/^…|…$/gu, "")).filter((q) => q.length >= 2);
}

export function storyLabel(article: TParsedArticle): string {
  if (article.headline !== "") return `"${excerpt(article.headline)}"`;
  return `untitled ${article.kind === "photo" ? "photo" : "story"} "${excerpt(article.blocks[0]?.text ?? "")}"`;
}

/**
 * Attaches each warning (in zh-CN) to the first story whose text holds what the warning quotes.
 * Returns the page's warnings for the operator, each prefixed with the story's label unless it
 * already names it; warnings about no story (a dropped furniture line) stay as they are.
 */
export function attributeWarnings(articles: TParsedArticle[], raw: TRawWarning[]): string[] {
  for (const article of articles) article.warnings = [];
  const texts = articles.map(haystack);
  return raw.map(({ message, zh }) => {
    const qs = quotes(message);
    const index = texts.findIndex((hay) => qs.some((q) => hay.some((t) => t.includes(q))));
    const article = articles[index];
    if (article === undefined) return message;
    article.warnings?.push(zh ?? message);
    const label = storyLabel(article);
    return message.includes(label.replace(/…"$/u, "")) ? message : `Story ${label}: ${message}`;
  });
}

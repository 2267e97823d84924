// Reads the PDF-to-text dump of one printed page into its stories, in print order.
// Pure: string in, data out, so it runs in the import CLI, in tests and in a browser alike.
import { buildArticles } from "./parse/article";
import { segmentStories } from "./parse/assemble";
import { attributeWarnings, type TRawWarning } from "./parse/attribute-warnings";
import { splitBlocks } from "./parse/blocks";
import { blockToUnits, pairCaptions } from "./parse/classify";
import { PageParseError } from "./parse/errors";
import { joinColumnBreaks } from "./parse/join";
import { resolveHeadlinesAfterBody } from "./parse/late-headlines";
import { toFullWidthPunctuation } from "./parse/punctuation";
import type { TParsedArticle, TParsedPage } from "./types";

export { PageParseError } from "./parse/errors";

function isRecognisable(article: TParsedArticle): boolean {
  return article.headline !== "" || article.dateline !== null || article.jumpFromPage !== null || article.bylines.some((b) => b.role === "photographer");
}

/** A title with no text, byline, 电头 or jump is page furniture (版头 第1版, a date line), not a story. */
function isBare(article: TParsedArticle): boolean {
  return (
    article.blocks.length === 0 && article.bylines.length === 0 && article.dateline === null && article.jumpToPage === null && article.jumpFromPage === null
  );
}

/** Every printed text of a story with full-width punctuation where it touches Chinese (convention 0). */
function withFullWidthPunctuation(article: TParsedArticle): TParsedArticle {
  const fw = (text: string | null) => (text === null ? null : toFullWidthPunctuation(text));
  const blocks = article.blocks.map((b) => ({ ...b, text: toFullWidthPunctuation(b.text) }));
  return {
    ...article,
    column: fw(article.column),
    kicker: fw(article.kicker),
    headline: toFullWidthPunctuation(article.headline),
    subheadline: fw(article.subheadline),
    dateline: fw(article.dateline),
    paragraphs: blocks.filter((b) => b.type === "paragraph").map((b) => b.text),
    subheads: blocks.filter((b) => b.type === "subhead").map((b) => b.text),
    blocks,
    warnings: (article.warnings ?? []).map(toFullWidthPunctuation),
  };
}

/**
 * Stages: blocks → units (jumps, bylines, credits, 电头 cut out) → captions paired with credits →
 * column breaks joined → stories grouped → late headlines matched to their bodies → articles →
 * doubts given to their stories → full-width punctuation.
 * Throws PageParseError when the text holds no recognisable story; doubts go to `warnings` (the
 * page's, for the operator) and to each story's own `warnings` (zh-CN, for its editor).
 */
export function parsePageText(text: string): TParsedPage {
  const raw: TRawWarning[] = [];
  const warn = (message: string, zh?: string) => {
    raw.push({ message, zh });
  };

  const blocks = splitBlocks(text);
  if (blocks.length === 0) throw new PageParseError("EMPTY_INPUT", "The page text is empty.");

  const units = joinColumnBreaks(pairCaptions(blocks.flatMap((b) => blockToUnits(b, warn))), warn);
  const drafts = resolveHeadlinesAfterBody(segmentStories(units, warn), warn);
  const articles = drafts
    .flatMap((d) => buildArticles(d, warn))
    .filter((article) => {
      if (!isBare(article)) return true;
      const title = [article.headline, article.subheadline].filter(Boolean).join(" ");
      warn(`Dropped "${title}": a title with no text, byline or 电头.`, `已删除“${title}”：只有标题，没有正文、署名或电头。`);
      return false;
    });
  if (!articles.some(isRecognisable)) {
    throw new PageParseError("NO_STORY", "No story found on the page: no headline, 电头, 上接 line or photo credit.");
  }
  // Dropped titles are not stories any more: their warning stays on the page only.
  const warnings = attributeWarnings(articles, raw);
  return { articles: articles.map(withFullWidthPunctuation), warnings };
}

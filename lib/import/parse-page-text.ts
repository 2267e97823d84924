// Reads the PDF-to-text dump of one printed page into its stories, in print order.
// Pure: string in, data out, so it runs in the import CLI, in tests and in a browser alike.
import { buildArticles } from "./parse/article";
import { resolveHeadlinesAfterBody, segmentStories } from "./parse/assemble";
import { splitBlocks } from "./parse/blocks";
import { blockToUnits, pairCaptions } from "./parse/classify";
import { PageParseError } from "./parse/errors";
import { joinColumnBreaks } from "./parse/join";
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

/**
 * Stages: blocks → units (jumps, bylines, credits, 电头 cut out) → captions paired with credits →
 * column breaks joined → stories grouped → late headlines matched to their bodies → articles.
 * Throws PageParseError when the text holds no recognisable story; doubts go to `warnings`.
 */
export function parsePageText(text: string): TParsedPage {
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
  };

  const blocks = splitBlocks(text);
  if (blocks.length === 0) throw new PageParseError("EMPTY_INPUT", "The page text is empty.");

  const units = joinColumnBreaks(pairCaptions(blocks.flatMap((b) => blockToUnits(b, warn))), warn);
  const drafts = resolveHeadlinesAfterBody(segmentStories(units, warn), warn);
  const articles = drafts
    .flatMap((d) => buildArticles(d, warn))
    .filter((article) => {
      if (!isBare(article)) return true;
      warn(`Dropped "${[article.headline, article.subheadline].filter(Boolean).join(" ")}": a title with no text, byline or 电头.`);
      return false;
    });
  if (!articles.some(isRecognisable)) {
    throw new PageParseError("NO_STORY", "No story found on the page: no headline, 电头, 上接 line or photo credit.");
  }
  return { articles, warnings };
}

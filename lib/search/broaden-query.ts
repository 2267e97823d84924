// When a long term matches nowhere as written, its dictionary words may still all be in one story
// (晋中市委书记常书铭 → 晋中 市委 书记 常书铭). Intl.Segmenter knows dictionary words but cuts names and
// places into single characters, so runs of single characters are joined back (耿|新|洲 → 耿新洲) and a lone
// single character between words is left out (too common to narrow anything).
import { normalizeSearchText, queryTerms, searchRuns } from "./tokens";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function wordsOf(run: string): string[] {
  const words: string[] = [];
  let singles = "";
  const flush = () => {
    if ([...singles].length >= 2) words.push(singles);
    singles = "";
  };
  for (const segment of segmenter.segment(run)) {
    if (!segment.isWordLike) continue;
    if ([...segment.segment].length === 1) singles += segment.segment;
    else {
      flush();
      words.push(segment.segment);
    }
  }
  flush();
  return words;
}

/** The query with every long CJK term split into words, or null when that changes nothing. */
export function broadenQuery(query: string): string | null {
  let changed = false;
  const terms = queryTerms(query).flatMap((term) =>
    searchRuns(term).flatMap((run) => {
      if (!run.cjk || [...run.text].length < 4) return [run.text];
      const words = wordsOf(run.text);
      if (words.length < 2) return [run.text];
      changed = true;
      return words;
    }),
  );
  return changed ? normalizeSearchText(terms.join(" ")) : null;
}

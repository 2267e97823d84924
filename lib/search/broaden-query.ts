// When a long term matches nowhere as written, its dictionary words may still all be in one story
// (晋中市委书记常书铭 → 晋中 市委 书记 常书铭): see query-words.ts for how words are found.
import { wordsOf } from "./query-words";
import { normalizeSearchText, queryTerms, searchRuns } from "./tokens";

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

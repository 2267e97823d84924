// The dictionary words of a query, from Intl.Segmenter: it knows words (市委|理论|学习|中心) but cuts names
// and places into single characters (耿|新|洲), so runs of single characters are joined back (耿新洲) and a
// lone single character between words is left out (too common to say anything). Used to rank (and, when a
// query matched nothing as written, to broaden it) — never to decide what matches.
import { queryTerms, searchRuns } from "./tokens";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The words of one run of CJK characters, names and places kept whole. */
export function wordsOf(run: string): string[] {
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

/**
 * The words inside the query's long CJK terms (four characters or more, split into two words or more),
 * each once, in order: 市委理论学习中心组 → 市委 理论 学习 中心. Empty when no term splits (晋中, 耿新洲,
 * 北斗 5G): a short term is one word already.
 */
export function dictionaryWords(query: string): string[] {
  const words = new Set<string>();
  for (const term of queryTerms(query)) {
    for (const run of searchRuns(term)) {
      if (!run.cjk || [...run.text].length < 4) continue;
      const parts = wordsOf(run.text);
      if (parts.length >= 2) for (const word of parts) words.add(word);
    }
  }
  return [...words];
}

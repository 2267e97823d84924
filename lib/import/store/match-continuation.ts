// Which story a 上接第N版 part continues: among the stories on page N that jump to this page, the one whose
// headline matches as printed words (spacing and punctuation differ between the two pages). Pure.

/** Headlines compared as printed words: spacing and punctuation differ between page 1 and the jump page. */
export function headlineKey(headline: string): string {
  return headline.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

export interface TContinuationCandidate {
  id: number;
  headline: string;
}

export type TContinuationMatch<T extends TContinuationCandidate> = { kind: "matched"; story: T } | { kind: "unmatched"; matches: number };

/**
 * The exact headline wins; otherwise one headline containing the other (a jump page often prints a short
 * form); an untitled part matches only when a single story jumps here.
 */
export function matchContinuation<T extends TContinuationCandidate>(candidates: readonly T[], headline: string): TContinuationMatch<T> {
  const key = headlineKey(headline);
  const exact = candidates.filter((candidate) => key !== "" && headlineKey(candidate.headline) === key);
  const partial = candidates.filter((candidate) => {
    const other = headlineKey(candidate.headline);
    return key !== "" && other !== "" && (other.includes(key) || key.includes(other));
  });
  const matches = exact.length > 0 ? exact : partial.length > 0 ? partial : key === "" && candidates.length === 1 ? [...candidates] : [];
  const [only] = matches;
  return matches.length === 1 && only ? { kind: "matched", story: only } : { kind: "unmatched", matches: matches.length };
}

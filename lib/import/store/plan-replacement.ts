// Which story of an earlier import each newly parsed story replaces: the one with the same headline (as
// printed words), each at most once. Continuations (上接) never replace a story. Pure.
import type { TParsedArticle } from "../types";
import { headlineKey } from "./match-continuation";

export interface TReplacementPlan<T> {
  /** Index of the parsed story → the earlier story it replaces in place. */
  replacing: Map<number, T>;
  /** Earlier stories the new text no longer has. */
  dropped: T[];
}

export function planReplacement<T extends { headline: string }>(
  earlier: readonly T[],
  parsed: ReadonlyArray<Pick<TParsedArticle, "headline" | "jumpFromPage">>,
): TReplacementPlan<T> {
  const unused = [...earlier];
  const replacing = new Map<number, T>();
  for (const [index, story] of parsed.entries()) {
    if (story.jumpFromPage !== null) continue;
    const key = headlineKey(story.headline);
    const at = unused.findIndex((candidate) => headlineKey(candidate.headline) === key);
    const match = unused[at];
    if (at < 0 || !match) continue;
    replacing.set(index, match);
    unused.splice(at, 1);
  }
  return { replacing, dropped: unused };
}

// Applies an editor's choice to every conflict of a merge: 用我的, 用对方的, or 两者都保留 (blocks and
// bylines: theirs first, then mine; for a single-value field "both" keeps mine). Refuses an unanswered
// conflict so nothing is decided silently. Pure.
import { blockKey } from "./block-key";
import { sameFieldValue } from "./same-field-value";
import type { TBlockConflict, TConflictChoice, TMergeableStory, TStoryMerge } from "./types";

function blocksChosen(conflict: TBlockConflict, choice: TConflictChoice) {
  if (choice === "mine") return conflict.mine;
  if (choice === "theirs") return conflict.theirs;
  const theirKeys = new Set(conflict.theirs.map(blockKey));
  return [...conflict.theirs, ...conflict.mine.filter((block) => !theirKeys.has(blockKey(block)))];
}

export function resolveMerge<S extends TMergeableStory>(merge: TStoryMerge<S>, choices: Readonly<Record<string, TConflictChoice>>): S {
  const choiceOf = (id: string): TConflictChoice => {
    const choice = choices[id];
    if (!choice) throw new Error(`conflict ${id} has no choice`);
    return choice;
  };
  let story: S = merge.story;
  for (const conflict of merge.conflicts) {
    if (conflict.kind !== "field") continue;
    const choice = choiceOf(conflict.id);
    let value: unknown = choice === "theirs" ? conflict.theirs : conflict.mine;
    if (choice === "both" && conflict.field === "bylines") {
      const theirs = conflict.theirs as S["bylines"];
      const extra = (conflict.mine as S["bylines"]).filter((mine) => !theirs.some((their) => sameFieldValue("bylines", [their], [mine])));
      value = [...theirs, ...extra];
    }
    story = { ...story, [conflict.field]: value };
  }
  const content = merge.segments.flatMap((segment) =>
    segment.kind === "block" ? [segment.block] : blocksChosen(segment.conflict, choiceOf(segment.conflict.id)),
  );
  // The editor needs at least one block to type into.
  return { ...story, body: { ...story.body, content: content.length > 0 ? content : [{ type: "paragraph" }] } };
}

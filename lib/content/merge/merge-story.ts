// Three-way merge of a whole story: base = the version an editor started from, theirs = the version
// saved since, mine = what this editor has now. Fields per merge-fields.ts, the body per merge-blocks.ts.
// With no conflicts, `story` is the result; otherwise resolve-merge.ts applies the editor's choices. Pure.
import { mergeBlocks } from "./merge-blocks";
import { mergeFields } from "./merge-fields";
import type { TMergeableStory, TMergeConflict, TStoryMerge } from "./types";

export function mergeStories<S extends TMergeableStory>(base: S, theirs: S, mine: S): TStoryMerge<S> {
  const fields = mergeFields(base, theirs, mine);
  const segments = mergeBlocks(base.body.content, theirs.body.content, mine.body.content);
  const conflicts: TMergeConflict<S>[] = [...fields.conflicts];
  const content = segments.flatMap((segment) => {
    if (segment.kind === "block") return [segment.block];
    conflicts.push(segment.conflict);
    return segment.conflict.theirs;
  });
  return { story: { ...fields.story, body: { ...theirs.body, content } }, segments, conflicts };
}

// The save state machine's steps that bring another editor's version onto the screen: merged three-way
// with what is typed here (lib/content/merge/), so nothing of either side is lost; where both changed the
// same block or field, the conflict waits for the editor's choice. Pure, used by save-state.ts.
import { mergeStories } from "@/lib/content/merge/merge-story";
import { sameStory } from "@/lib/content/merge/same-story";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";
import type { TEditorState } from "./save-state";

export const MERGED_NOTICE = "已与其他编辑的修改合并：对方的修改已载入本页。";
export const MERGED_BEFORE_PUBLISH = "保存时合并了其他编辑的修改，尚未发布：请核对后再点“发布”。";

/** `theirs` becomes the version this form is based on, with `draft` (theirs merged with mine) on screen. */
export function adoptMerged(state: TEditorState, theirs: TEditableArticleResponse, draft: TEditableDraft): TEditorState {
  const unchanged = sameStory(draft, theirs.draft);
  return {
    ...state,
    draft,
    baseVersion: theirs.version,
    baseDraft: theirs.draft,
    status: theirs.status,
    missingJumpPages: theirs.missingJumpPages,
    // Nothing of mine left to save: the form is what the server has. Otherwise it is an edit to save.
    editSeq: unchanged ? state.editSeq : state.editSeq + 1,
    savedSeq: unchanged ? state.editSeq : state.savedSeq,
    failedSeq: null,
    theirs: null,
    conflictBase: null,
    latest: state.latest && (state.latest.version ?? 0) > theirs.version ? state.latest : null,
    replaced: state.replaced + 1,
  };
}

/** Merges `theirs` (saved since `base`) into the form: adopted at once without conflicts, else the conflict waits. */
export function mergeOnto(state: TEditorState, theirs: TEditableArticleResponse, base: TEditableDraft): TEditorState {
  const merge = mergeStories(base, theirs.draft, state.draft);
  if (merge.conflicts.length === 0) return adoptMerged(state, theirs, merge.story);
  return { ...state, theirs, conflictBase: base };
}

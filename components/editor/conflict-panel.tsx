"use client";
// Another editor saved a version this form is not based on, and some block or field was changed on both
// sides (or a publish was refused because a newer version exists). Everything else is already merged;
// each block both changed is shown here, in the editor, with the character diff of each side and the
// choice 用我的 / 用对方的 / 两者都保留. Applying the choices saves the result on top of their version.
import { useMemo, useState } from "react";
import { FieldDiff } from "@/components/newsroom/field-diff";
import { diffStories, type TComparableStory } from "@/lib/articles/revision-diff";
import { mergeStories } from "@/lib/content/merge/merge-story";
import { resolveMerge } from "@/lib/content/merge/resolve-merge";
import type { TConflictChoice } from "@/lib/content/merge/types";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";
import { pageLabel, type TEditorChoices } from "./editor-choices";
import { MergeConflictBlock } from "./merge-conflict-block";

function comparable(draft: TEditableDraft, choices: TEditorChoices): TComparableStory {
  return { ...draft, placement: pageLabel(choices, draft.pageId) };
}

export function ConflictPanel({
  theirs,
  base,
  mine,
  choices,
  onResolve,
}: {
  theirs: TEditableArticleResponse;
  /** The version both sides started from. */
  base: TEditableDraft;
  /** The form as it is now. */
  mine: TEditableDraft;
  choices: TEditorChoices;
  onResolve: (draft: TEditableDraft) => void;
}) {
  const merge = useMemo(() => mergeStories(base, theirs.draft, mine), [base, theirs, mine]);
  const changes = useMemo(() => diffStories(comparable(base, choices), comparable(theirs.draft, choices)), [base, theirs, choices]);
  const [picked, setPicked] = useState<Record<string, TConflictChoice>>({});
  const { conflicts } = merge;
  const undecided = conflicts.filter((conflict) => !picked[conflict.id]).length;
  const who = theirs.updatedBy ?? "其他编辑";
  return (
    <section className="nr-card nr-conflict" aria-labelledby="conflict-title" role="alertdialog">
      <h2 id="conflict-title" style={{ marginTop: 0, fontSize: "1.05rem" }}>
        {who}刚刚保存了这篇稿件（版本 {theirs.version}），你看到的不是最新版本
      </h2>
      {conflicts.length === 0 ? (
        <p>对方的修改与你的修改互不冲突：载入后两边的修改都保留。</p>
      ) : (
        <>
          <p>以下 {conflicts.length} 处你们都改了，请逐处选择；其余修改已自动合并，不会丢失。</p>
          <ol className="nr-merge-conflicts">
            {conflicts.map((conflict) => (
              <MergeConflictBlock
                key={conflict.id}
                conflict={conflict}
                choices={choices}
                choice={picked[conflict.id]}
                onChoose={(choice) => setPicked((current) => ({ ...current, [conflict.id]: choice }))}
              />
            ))}
          </ol>
        </>
      )}
      <details>
        <summary>对方的全部改动（与你开始编辑时相比）</summary>
        <FieldDiff fields={changes} emptyText="（对方未改动文字内容）" />
      </details>
      <div className="nr-actions">
        <button type="button" className="nr-primary" disabled={undecided > 0} onClick={() => onResolve(resolveMerge(merge, picked))}>
          {conflicts.length === 0 ? "载入最新版本" : "按所选合并并保存"}
        </button>
        {undecided > 0 && <span className="nr-muted">还有 {undecided} 处未选择</span>}
      </div>
    </section>
  );
}

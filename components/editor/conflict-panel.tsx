"use client";
// A save refused because someone else saved first: what they changed (relative to the version this editor
// started from) and the choice between their version and mine. Mine is never thrown away: after taking
// theirs, my text stays below for copying until dismissed.
import { useMemo } from "react";
import { FieldDiff } from "@/components/newsroom/field-diff";
import { diffStories, type TComparableStory } from "@/lib/articles/revision-diff";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TEditableArticleResponse, TEditableDraft } from "@/lib/newsroom-client/schemas";
import { pageLabel, type TEditorChoices } from "./editor-choices";

function comparable(draft: TEditableDraft, choices: TEditorChoices): TComparableStory {
  return { ...draft, placement: pageLabel(choices, draft.pageId) };
}

export function ConflictPanel({
  theirs,
  base,
  choices,
  onAdoptTheirs,
  onKeepMine,
}: {
  theirs: TEditableArticleResponse;
  /** The version this editor's changes started from. */
  base: TEditableDraft;
  choices: TEditorChoices;
  onAdoptTheirs: () => void;
  onKeepMine: () => void;
}) {
  const changes = useMemo(() => diffStories(comparable(base, choices), comparable(theirs.draft, choices)), [base, theirs, choices]);
  return (
    <section className="nr-card nr-conflict" aria-labelledby="conflict-title" role="alertdialog">
      <h2 id="conflict-title" style={{ marginTop: 0, fontSize: "1.05rem" }}>
        {theirs.updatedBy ?? "其他编辑"}刚刚保存了这篇稿件，你的修改尚未保存
      </h2>
      <p>对方改动了以下内容（与你开始编辑时相比）：</p>
      <FieldDiff fields={changes} emptyText="（对方未改动文字内容）" />
      <div className="nr-actions">
        <button type="button" className="nr-primary" onClick={onAdoptTheirs}>
          载入对方版本
        </button>
        <button type="button" className="nr-secondary" onClick={onKeepMine}>
          仍用我的版本保存
        </button>
      </div>
    </section>
  );
}

const textOf = (draft: TEditableDraft) =>
  [draft.kicker, draft.headline, draft.subheadline, draft.dateline, documentPlainText(draft.body)].filter(Boolean).join("\n");

export function UnsavedMine({ drafts, onDismiss }: { drafts: readonly TEditableDraft[]; onDismiss: () => void }) {
  const text = useMemo(() => drafts.map(textOf).join("\n\n"), [drafts]);
  return (
    <section className="nr-card">
      <label>
        你之前未保存的内容（可复制）
        <textarea readOnly rows={8} value={text} aria-label="你之前未保存的内容" />
      </label>
      <button type="button" className="nr-secondary" onClick={onDismiss}>
        不再需要
      </button>
    </section>
  );
}

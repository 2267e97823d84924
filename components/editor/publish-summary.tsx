"use client";
// Shown when 发布 is pressed: what readers will see change — the fields and, block by block, a character
// diff between the live version and the one on screen; for a withdrawn story, between the version readers
// saw before it was withdrawn and this one; or that this is the first publication. Confirm publishes,
// cancel goes back to editing.
import { useEffect, useMemo, useState } from "react";
import { FieldDiff } from "@/components/newsroom/field-diff";
import { comparableFromContent, diffStories, diffText, type TFieldDiff } from "@/lib/articles/revision-diff";
import { blockChanges, type TBlockChange } from "@/lib/content/merge/block-changes";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TBlockNode } from "@/lib/content/schema";
import { newsroomApi } from "@/lib/newsroom-client/api";
import type { TEditableDraft, TLiveVersion } from "@/lib/newsroom-client/schemas";
import { pageLabel, type TEditorChoices } from "./editor-choices";

const text = (block: TBlockNode) => (block.type === "jump" ? `下转第${block.attrs.toPage}版` : documentPlainText({ type: "doc", content: [block] }));

const CHANGE_LABELS: Record<TBlockChange["kind"], string> = { changed: "修改", added: "新增", removed: "删除", moved: "移动" };

function bodyDiffs(changes: readonly TBlockChange[]): TFieldDiff[] {
  return changes.map((change, index) => {
    const before = change.kind === "changed" || change.kind === "removed" ? text(change.before) : change.kind === "moved" ? text(change.after) : "";
    const after = change.kind === "removed" ? "" : text(change.after);
    return { field: `body-${index}`, label: `正文（${CHANGE_LABELS[change.kind]}）`, changed: true, segments: diffText(before, after) };
  });
}

function summaryOf(live: NonNullable<TLiveVersion["live"] | TLiveVersion["withdrawn"]>, draft: TEditableDraft, choices: TEditorChoices): TFieldDiff[] {
  const livePageId = live.content.placement?.parts.find((part) => part.sequence === 0)?.pageId ?? null;
  const before = { ...comparableFromContent(live.content), placement: pageLabel(choices, livePageId) };
  const after = { ...draft, placement: pageLabel(choices, draft.pageId) };
  const fields = diffStories(before, after).filter((field) => field.field !== "body");
  return [...fields, ...bodyDiffs(blockChanges(live.content.body.content, draft.body.content))];
}

export function PublishSummary({
  articleId,
  draft,
  choices,
  onConfirm,
  onCancel,
}: {
  articleId: number;
  /** The version on screen, which the publish will save first and then publish. */
  draft: TEditableDraft;
  choices: TEditorChoices;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [live, setLive] = useState<TLiveVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void newsroomApi.getLiveVersion(articleId).then((result) => {
      if (!current) return;
      if (result.kind === "ok") setLive(result.data);
      else setError(result.message);
    });
    return () => {
      current = false;
    };
  }, [articleId]);
  const compared = live?.live ?? live?.withdrawn ?? null;
  const changes = useMemo(() => (compared ? summaryOf(compared, draft, choices) : []), [compared, draft, choices]);

  return (
    <section className="nr-card nr-publish-summary" role="dialog" aria-labelledby="publish-summary-title">
      <h2 id="publish-summary-title" style={{ marginTop: 0, fontSize: "1.05rem" }}>
        发布前核对：读者将看到的变化
      </h2>
      {error && (
        <p className="nr-error" role="alert">
          {error}
        </p>
      )}
      {!live && !error && <p className="nr-muted">正在读取读者现在看到的版本…</p>}
      {live && !compared && <p>这是这篇稿件的首次发布：读者将第一次看到它。</p>}
      {live?.live && (
        <>
          <p>与读者现在看到的版本（版本 {live.live.version}）相比：</p>
          <FieldDiff fields={changes} emptyText="（与读者现在看到的版本相同）" />
        </>
      )}
      {live?.withdrawn && (
        <>
          <p>这篇稿件已撤下，发布后读者将重新看到它。与撤下前读者看到的版本（版本 {live.withdrawn.version}）相比：</p>
          <FieldDiff fields={changes} emptyText="（与撤下前的版本相同）" />
        </>
      )}
      <div className="nr-actions">
        <button type="button" className="nr-primary" onClick={onConfirm} disabled={!live}>
          确认发布
        </button>
        <button type="button" className="nr-secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </section>
  );
}

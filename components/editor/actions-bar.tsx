"use client";
// The bar above the editor: workflow status, save state, who else is editing, and the actions. 发布 first
// shows what readers will see change (PublishSummary); only its confirmation publishes.
import Link from "next/link";
import { useState } from "react";
import { STATUS_LABELS, type TEditorialStatus } from "@/lib/articles/status";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";
import type { TEditorChoices } from "./editor-choices";
import { PublishSummary } from "./publish-summary";
import { SAVE_PHASE_LABELS, type TSavePhase } from "./save-state";

const LEAVE_QUESTION = "有修改尚未保存，离开本页会丢失这些修改。确定离开？";

export function ActionsBar({
  articleId,
  status,
  phase,
  others,
  busy,
  mayLeave,
  onSave,
  onPublish,
  onUnpublish,
  draft,
  choices,
}: {
  articleId: number;
  /** The form on screen, compared with the live version before publishing. */
  draft: TEditableDraft;
  choices: TEditorChoices;
  status: TEditorialStatus;
  phase: TSavePhase;
  others: ReadonlyArray<{ userId: string; name: string }>;
  /** A publish or unpublish is under way. */
  busy: boolean;
  mayLeave: boolean;
  onSave: () => void;
  onPublish: () => void;
  onUnpublish: () => void;
}) {
  const failed = phase === "error" || phase === "conflict";
  const [summaryOpen, setSummaryOpen] = useState(false);
  return (
    <>
      <div className="nr-actions nr-card" style={{ justifyContent: "space-between" }}>
        <div className="nr-actions">
          <span className={`nr-status nr-status-${status}`}>{STATUS_LABELS[status]}</span>
          <span className={`nr-state${failed ? " nr-state-error" : ""}`} role="status" aria-live="polite" data-save-state={phase}>
            {SAVE_PHASE_LABELS[phase]}
          </span>
          {others.length > 0 && (
            <span className="nr-presence" role="note">
              {others.map((other) => other.name).join("、")} 也在编辑这篇稿件
            </span>
          )}
        </div>
        <div className="nr-actions">
          <button type="button" className="nr-secondary" onClick={onSave} disabled={busy || phase === "conflict"}>
            保存
          </button>
          <button type="button" className="nr-primary" onClick={() => setSummaryOpen(true)} disabled={busy || phase === "conflict" || summaryOpen}>
            {status === "draft" ? "发布" : "发布修改"}
          </button>
          {status !== "draft" && (
            <button type="button" className="nr-danger" onClick={onUnpublish} disabled={busy}>
              撤下
            </button>
          )}
          <Link href={`/newsroom/articles/${articleId}/preview`} target="_blank">
            预览
          </Link>
          {/* Moving within the app does not fire beforeunload: ask here instead. */}
          <Link
            href={`/newsroom/articles/${articleId}/history`}
            onClick={(event) => {
              if (!mayLeave && !window.confirm(LEAVE_QUESTION)) event.preventDefault();
            }}
          >
            历史版本
          </Link>
        </div>
      </div>
      {summaryOpen && (
        <PublishSummary
          articleId={articleId}
          draft={draft}
          choices={choices}
          onConfirm={() => {
            setSummaryOpen(false);
            onPublish();
          }}
          onCancel={() => setSummaryOpen(false)}
        />
      )}
    </>
  );
}

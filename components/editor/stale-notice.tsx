"use client";
// Presence said someone else saved a newer version than the one this form is based on (or a publish was
// refused for one): say so, and load it on request — merged with what is typed here and not saved yet (see save-state.ts, "latestLoaded").
import { type Dispatch, useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";
import type { TEditorEvent } from "./save-state";

export function StaleNotice({
  articleId,
  latest,
  baseVersion,
  busy,
  dispatch,
}: {
  articleId: number;
  /** Version null: a refused publish said a newer version exists, presence has not named it yet. */
  latest: { version: number | null; updatedBy: string | null };
  baseVersion: number;
  /** A request is under way: loading waits for it. */
  busy: boolean;
  dispatch: Dispatch<TEditorEvent>;
}) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setLoading(true);
    setError(null);
    const result = await newsroomApi.getArticle(articleId);
    setLoading(false);
    if (result.kind === "ok") dispatch({ type: "latestLoaded", article: result.data });
    else setError(result.message);
  };
  return (
    <div className="nr-notice nr-stale" role="status" data-testid="stale-notice">
      {latest.version === null
        ? `这篇稿件已有较新的版本，你正在编辑的是版本 ${baseVersion}。`
        : `${latest.updatedBy ?? "其他编辑"}已保存了较新的版本（版本 ${latest.version}），你正在编辑的是版本 ${baseVersion}。`}{" "}
      <button type="button" className="nr-secondary" onClick={() => void load()} disabled={busy || loading}>
        {loading ? "正在载入…" : "载入最新版本"}
      </button>
      <span className="nr-muted"> 你未保存的修改会保留，与对方的修改合并。</span>
      {error && <span className="nr-error"> {error}</span>}
    </div>
  );
}

"use client";
// Restores a revision as the new working draft, then opens the editor on it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";

export function RestoreButton({ articleId, revisionId, baseVersion, label }: { articleId: number; revisionId: number; baseVersion: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    if (!window.confirm(`${label}：用这一版替换当前工作稿？当前内容仍保留在历史中。`)) return;
    setBusy(true);
    const result = await newsroomApi.restoreRevision(articleId, { revisionId, baseVersion });
    setBusy(false);
    if (result.kind === "ok") {
      router.push(`/newsroom/articles/${articleId}?restored=${revisionId}`);
      router.refresh();
      return;
    }
    // A conflict means someone saved since this page was loaded: its message says so, and a refresh shows it.
    setError(result.message);
  };
  return (
    <>
      <button type="button" className="nr-secondary" onClick={() => void restore()} disabled={busy}>
        {label}
      </button>
      {error && (
        <span role="alert" className="nr-state-error">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}

"use client";
// Restores a revision as the new working draft, then opens the editor on it.
import { useRouter } from "next/navigation";
import { useState } from "react";

export function RestoreButton({ articleId, revisionId, baseVersion, label }: { articleId: number; revisionId: number; baseVersion: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    if (!window.confirm(`用修订 #${revisionId} 替换当前工作稿？当前内容仍保留在历史中。`)) return;
    setBusy(true);
    const response = await fetch(`/api/newsroom/articles/${articleId}/restore`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ revisionId, baseVersion }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      router.push(`/newsroom/articles/${articleId}?restored=${revisionId}`);
      router.refresh();
      return;
    }
    const data = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(data?.error?.message ?? "恢复失败，请刷新后重试");
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

"use client";
// 删除 for a photo of the 图片库 that nothing uses: asks once more in place (no browser dialog), then
// deletes and reloads the library; a refusal (a story uses it after all, someone else's upload) is shown
// next to the button.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { newsroomApi } from "@/lib/newsroom-client/api";

export function MediaDeleteButton({ mediaId, filename }: { mediaId: string; filename: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await newsroomApi.deleteMedia(mediaId);
    setBusy(false);
    setAsking(false);
    if (result.kind === "ok") router.refresh();
    else setError(result.message);
  };

  return (
    <div style={{ fontSize: "0.85rem" }}>
      {asking ? (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>删除 {filename} 后不能恢复，确定删除？</legend>
          <button type="button" className="nr-danger" onClick={() => void remove()} disabled={busy}>
            确定删除
          </button>{" "}
          <button type="button" className="nr-secondary" onClick={() => setAsking(false)} disabled={busy}>
            取消
          </button>
        </fieldset>
      ) : (
        <button type="button" className="nr-secondary" onClick={() => setAsking(true)} aria-label={`删除图片 ${filename}`}>
          删除
        </button>
      )}
      {error && (
        <p className="nr-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

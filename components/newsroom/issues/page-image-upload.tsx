"use client";
// Uploading the printed page for this page: a PDF (its first page is used) or a JPEG/PNG scan. The server
// decides the type from the file's bytes; its refusal is shown as it says it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { pageImageApi } from "@/lib/newsroom-client/page-image-api";

export function PageImageUpload({ pageId, hasImage }: { pageId: number; hasImage: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ busy: boolean; message: string; error: boolean }>({ busy: false, message: "", error: false });

  async function upload() {
    if (!file) return setState({ busy: false, message: "请先选择文件", error: true });
    setState({ busy: true, message: "正在上传并处理，PDF 可能需要十几秒…", error: false });
    const result = await pageImageApi.upload(pageId, file);
    if (result.kind !== "ok") return setState({ busy: false, message: result.message, error: true });
    setState({ busy: false, message: `版面图已上传（${result.data.width}×${result.data.height}）`, error: false });
    router.refresh();
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void upload();
      }}
    >
      <label>
        {hasImage ? "更换版面图" : "上传版面图"}（PDF、JPEG 或 PNG）：
        <input type="file" name="page-image" accept="application/pdf,image/jpeg,image/png" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>{" "}
      <button type="submit" disabled={state.busy}>
        上传
      </button>
      <p role={state.error ? "alert" : "status"} className={state.error ? "nr-error" : "nr-muted"}>
        {state.message}
      </p>
    </form>
  );
}

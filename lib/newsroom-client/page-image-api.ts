// The issue desk's calls for page images (版面图): upload the file as the request body, save the regions.
// Answers are checked with zod like every other newsroom call (api.ts). Client-safe.
import { z } from "zod";
import { call, NETWORK_MESSAGE, type TApiResult, UNAUTHENTICATED_MESSAGE } from "./api";
import { ZErrorBody } from "./schemas";

export const ZUploadedPageImage = z.object({
  pageId: z.number().int(),
  hash: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  sourceType: z.string(),
});
export const ZSavedPageRegions = z.object({ pageId: z.number().int(), regions: z.number().int() });

export interface TRegionRequest {
  articleId: number;
  sequence: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

async function upload(pageId: number, file: Blob): Promise<TApiResult<z.infer<typeof ZUploadedPageImage>>> {
  let response: Response;
  try {
    response = await fetch(`/api/newsroom/pages/${pageId}/image`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: file,
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    return { kind: "network", message: NETWORK_MESSAGE };
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = ZUploadedPageImage.safeParse(payload);
    if (parsed.success) return { kind: "ok", data: parsed.data };
  }
  const refusal = ZErrorBody.safeParse(payload);
  if (response.status === 401) return { kind: "unauthenticated", message: UNAUTHENTICATED_MESSAGE };
  return {
    kind: "error",
    status: response.status,
    code: refusal.success ? refusal.data.error.code : "HTTP_ERROR",
    message: refusal.success ? refusal.data.error.message : response.status === 413 ? "文件过大" : `上传没有成功（HTTP ${response.status}），请稍后重试`,
  };
}

export const pageImageApi = {
  upload,
  saveRegions: (pageId: number, regions: TRegionRequest[]): Promise<TApiResult<z.infer<typeof ZSavedPageRegions>>> =>
    call("PUT", `/api/newsroom/pages/${pageId}/image-regions`, { regions }, ZSavedPageRegions),
};

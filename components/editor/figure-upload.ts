"use client";
// Uploads one photo with progress (fetch cannot report upload progress; XMLHttpRequest can) and checks the
// server's answer with zod. Every failure comes back as a zh-CN message naming the file.
import { z } from "zod";
import { ZMediaSummary } from "@/lib/media/media-summary";

export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const ZUploaded = z.object({
  media: z.object({
    id: z.string(),
    hash: z.string(),
    width: z.number(),
    height: z.number(),
    filename: z.string(),
    alt: z.string().nullable(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
  }),
  existing: z.boolean(),
});
export type TUploadedMedia = z.infer<typeof ZUploaded>["media"];
const ZRefusal = z.object({ error: z.object({ message: z.string() }) });

export type TUploadOutcome = { kind: "ok"; media: TUploadedMedia } | { kind: "error"; message: string };

export function uploadImage(file: File, onProgress: (fraction: number) => void): Promise<TUploadOutcome> {
  const name = file.name || "图片";
  if (file.size > MAX_UPLOAD_BYTES) return Promise.resolve({ kind: "error", message: `${name}：图片超过 30 MB，请压缩后再上传` });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/newsroom/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve({ kind: "error", message: `${name}：网络连接失败，请稍后重试` });
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status === 200 || request.status === 201) {
        const parsed = ZUploaded.safeParse(body);
        resolve(parsed.success ? { kind: "ok", media: parsed.data.media } : { kind: "error", message: `${name}：服务器的答复无法识别，请重试` });
        return;
      }
      const refusal = ZRefusal.safeParse(body);
      if (request.status === 401) resolve({ kind: "error", message: "登录已失效，请重新登录后再上传" });
      else resolve({ kind: "error", message: refusal.success ? refusal.data.error.message : `${name}：上传没有成功（HTTP ${request.status}），请重试` });
    };
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
}

const ZListing = z.object({ items: z.array(ZMediaSummary), total: z.number(), page: z.number(), pages: z.number() });
export type TMediaListingPage = z.infer<typeof ZListing>;

/** The library, for choosing a photo already uploaded. */
export async function searchMedia(q: string, page = 1): Promise<TMediaListingPage | null> {
  try {
    const response = await fetch(`/api/newsroom/media?q=${encodeURIComponent(q)}&page=${page}`, { cache: "no-store", credentials: "same-origin" });
    const parsed = ZListing.safeParse(await response.json());
    return response.ok && parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const ZCredits = z.object({
  contributors: z.array(
    z.object({ id: z.number(), name: z.string(), affiliation: z.string().nullable(), defaultRole: z.enum(["reporter", "photographer", "correspondent"]) }),
  ),
});
export type TCreditChoices = z.infer<typeof ZCredits>["contributors"];

export async function loadCreditChoices(): Promise<TCreditChoices> {
  try {
    const response = await fetch("/api/newsroom/media/credits", { cache: "no-store", credentials: "same-origin" });
    const parsed = ZCredits.safeParse(await response.json());
    return response.ok && parsed.success ? parsed.data.contributors : [];
  } catch {
    return [];
  }
}

/** Tells the library what the photo shows, once it is placed (fields the library already has are kept). */
export function describeUploadedMedia(
  mediaId: string,
  description: { caption: string | null; credit: string | null; creditContributorId: number | null; alt: string },
): void {
  void fetch(`/api/newsroom/media/${encodeURIComponent(mediaId)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(description),
    credentials: "same-origin",
  }).catch(() => undefined);
}

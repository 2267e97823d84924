// The browser's one way to call the newsroom's routes: sends JSON, checks every answer with zod and
// returns a typed result, so components never guess at a response's shape. Client-safe (no server code).
import { z } from "zod";
import {
  type TCreatedArticle,
  type TEditableArticleResponse,
  type TEditableDraft,
  type TLiveVersion,
  type TPresenceResult,
  type TPublishResult,
  type TUnpublishResult,
  ZConflictBody,
  ZCreatedArticle,
  ZEditableArticle,
  ZErrorBody,
  ZLiveVersion,
  ZPresenceResult,
  ZPublishResult,
  ZUnpublishResult,
} from "./schemas";

const ZDeletedMedia = z.object({ deleted: z.string() });
export type TApiFailure =
  /** Someone saved first; `current` is their version, `base` the version the refused save started from (when known). */
  | { kind: "conflict"; message: string; current: TEditableArticleResponse; base?: TEditableDraft }
  | { kind: "error"; status: number; code: string; message: string }
  | { kind: "unauthenticated"; message: string }
  | { kind: "network"; message: string };
export type TApiResult<T> = { kind: "ok"; data: T } | TApiFailure;

export const NETWORK_MESSAGE = "网络连接失败，内容仍在本页，请稍后重试";
export const UNAUTHENTICATED_MESSAGE = "登录已失效，请重新登录";
export const BAD_RESPONSE_MESSAGE = "服务器的答复无法识别，请刷新页面后核对内容";

function failureOf(status: number, payload: unknown): TApiFailure {
  const refusal = ZErrorBody.safeParse(payload);
  const message = refusal.success ? refusal.data.error.message : null;
  if (status === 401) return { kind: "unauthenticated", message: message ?? UNAUTHENTICATED_MESSAGE };
  if (status === 409) {
    const conflict = ZConflictBody.safeParse(payload);
    if (conflict.success) {
      const { base } = conflict.data;
      return base
        ? { kind: "conflict", message: conflict.data.error.message, current: conflict.data.current, base }
        : { kind: "conflict", message: conflict.data.error.message, current: conflict.data.current };
    }
  }
  return {
    kind: "error",
    status,
    code: refusal.success ? refusal.data.error.code : "HTTP_ERROR",
    message: message ?? `操作没有成功（HTTP ${status}），请稍后重试`,
  };
}

/** One request to a newsroom route, its answer checked with `schema` (also used by the issue desk's module, issues.ts). */
export async function call<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body: unknown, schema: z.ZodType<T>): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    return { kind: "network", message: NETWORK_MESSAGE };
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (!response.ok) return failureOf(response.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return { kind: "error", status: response.status, code: "BAD_RESPONSE", message: BAD_RESPONSE_MESSAGE };
  return { kind: "ok", data: parsed.data };
}

const articlePath = (articleId: number) => `/api/newsroom/articles/${articleId}`;

export interface TSaveRequest {
  /** The version this draft was based on; the save is refused if someone saved since. */
  baseVersion: number;
  /** Autosaves are folded together in the history; explicit saves are not. */
  mode: "autosave" | "save";
  draft: TEditableDraft;
}

export interface TCreateRequest {
  kind: TEditableDraft["kind"];
  headline: string;
  /** null: a web-only story. */
  pageId: number | null;
}

export const newsroomApi = {
  createArticle: (request: TCreateRequest): Promise<TApiResult<TCreatedArticle>> => call("POST", "/api/newsroom/articles", request, ZCreatedArticle),

  saveArticle: (articleId: number, request: TSaveRequest): Promise<TApiResult<TEditableArticleResponse>> =>
    call("PUT", articlePath(articleId), request, ZEditableArticle),

  publishArticle: (articleId: number, request: { baseVersion: number }): Promise<TApiResult<TPublishResult>> =>
    call(
      "POST",
      `${articlePath(articleId)}/publish`,
      {
        baseVersion: request.baseVersion,
      },
      ZPublishResult,
    ),

  unpublishArticle: (articleId: number): Promise<TApiResult<TUnpublishResult>> => call("POST", `${articlePath(articleId)}/unpublish`, {}, ZUnpublishResult),

  restoreRevision: (articleId: number, request: { revisionId: number; baseVersion: number }): Promise<TApiResult<TEditableArticleResponse>> =>
    call("POST", `${articlePath(articleId)}/restore`, request, ZEditableArticle),

  getArticle: (articleId: number): Promise<TApiResult<TEditableArticleResponse>> => call("GET", articlePath(articleId), undefined, ZEditableArticle),

  getLiveVersion: (articleId: number): Promise<TApiResult<TLiveVersion>> => call("GET", `${articlePath(articleId)}/live`, undefined, ZLiveVersion),

  touchPresence: (articleId: number): Promise<TApiResult<TPresenceResult>> => call("POST", `${articlePath(articleId)}/presence`, {}, ZPresenceResult),

  deleteMedia: (mediaId: string): Promise<TApiResult<{ deleted: string }>> =>
    call("DELETE", `/api/newsroom/media/${encodeURIComponent(mediaId)}`, undefined, ZDeletedMedia),
};

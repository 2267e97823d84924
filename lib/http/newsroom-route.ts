// Every newsroom route handler goes through here: same-origin check, signed-in staff re-read from
// PostgreSQL, zod-parsed input, and domain errors mapped to HTTP with a message the editor can read.
import "server-only";
import { NextResponse } from "next/server";
import { ZodError, z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { actorOf, getCurrentUser, NEWSROOM_ROLES, type TCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message }, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Cookies are SameSite=Lax, and writes must also come from our own pages. */
function isSameOrigin(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export interface TRouteContext<TParams> {
  request: Request;
  user: TCurrentUser;
  actor: TActor;
  params: TParams;
}

export function newsroomRoute<TParams>(
  paramsSchema: z.ZodType<TParams>,
  handler: (context: TRouteContext<TParams>) => Promise<Response>,
): (request: Request, context: { params: Promise<unknown> }) => Promise<Response> {
  return async (request, context) => {
    if (!isSameOrigin(request)) return errorResponse(403, "FORBIDDEN", "请求来源不被允许");
    const user = await getCurrentUser();
    if (!user) return errorResponse(401, "UNAUTHENTICATED", "请先登录");
    if (!NEWSROOM_ROLES.includes(user.role)) return errorResponse(403, "FORBIDDEN", "没有权限执行此操作");
    const params = paramsSchema.safeParse(await context.params);
    if (!params.success) return errorResponse(404, "NOT_FOUND", "找不到该稿件");
    try {
      return await handler({ request, user, actor: actorOf(user), params: params.data });
    } catch (error) {
      if (error instanceof AppError)
        return errorResponse(
          error.status,
          error.code,
          error.userMessage,
          error.code === "CONFLICT" && error.details ? (error.details as Record<string, unknown>) : {},
        );
      if (error instanceof ZodError) {
        const issue = error.issues[0];
        return errorResponse(422, "INVALID_INPUT", `输入有误：${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim());
      }
      console.error(error);
      return errorResponse(500, "INTERNAL", "服务器出错，修改没有保存，请稍后再试");
    }
  };
}

/** Reads a JSON body, refusing anything else (forms cannot send JSON across sites without CORS). */
export async function readJson(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.includes("application/json")) throw new AppError("INVALID_INPUT", "请求格式应为 JSON");
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "请求内容不是有效的 JSON");
  }
}

export const ZArticleParams = z.object({ id: z.coerce.number().int().positive() });
export const ZNoParams = z.unknown();

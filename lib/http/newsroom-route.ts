// Every newsroom route handler goes through here: same-origin check, signed-in staff re-read from
// PostgreSQL, params and body parsed by the schemas the route names (the commands' own, so the handler is
// typed end to end), and every error mapped to HTTP with a message the editor can read (error-response.ts).
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { actorOf, getCurrentUser, type TCurrentUser } from "@/lib/session/current-user";
import { errorResponse, errorToResponse } from "./error-response";
import { isSameOrigin } from "./same-origin";

type TOutput<S> = S extends z.ZodType ? z.output<S> : never;

export interface TNewsroomRouteOptions<P extends z.ZodType, B extends z.ZodType | undefined, F extends z.ZodType | undefined> {
  params: P;
  /** Schema of a JSON body. */
  body?: B;
  /** Schema of a form post (application/x-www-form-urlencoded), read as a record of strings. */
  form?: F;
}

export interface TRouteContext<P, TBody> {
  request: Request;
  user: TCurrentUser;
  actor: TActor;
  params: P;
  body: TBody;
  /** How the body came: a form post gets a redirect, JSON gets JSON. */
  bodyFrom: "json" | "form" | "none";
}

type TBodyOf<B, F> = [B, F] extends [undefined, undefined] ? undefined : TOutput<B> | TOutput<F>;

/** Reads a JSON body, refusing anything else (forms cannot send JSON across sites without CORS). */
async function readJson(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.includes("application/json")) throw new AppError("INVALID_INPUT", "请求格式应为 JSON");
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "请求内容不是有效的 JSON");
  }
}

async function readBody(
  request: Request,
  body: z.ZodType | undefined,
  form: z.ZodType | undefined,
): Promise<{ from: "json" | "form" | "none"; data: unknown }> {
  if (!body && !form) return { from: "none", data: undefined };
  if (form && request.headers.get("content-type")?.includes("application/x-www-form-urlencoded")) {
    const fields: Record<string, string> = {};
    for (const [name, value] of (await request.formData()).entries()) if (typeof value === "string") fields[name] = value;
    return { from: "form", data: form.parse(fields) };
  }
  if (!body) throw new AppError("INVALID_INPUT", "请求格式应为表单");
  return { from: "json", data: body.parse(await readJson(request)) };
}

export function newsroomRoute<P extends z.ZodType, B extends z.ZodType | undefined = undefined, F extends z.ZodType | undefined = undefined>(
  options: TNewsroomRouteOptions<P, B, F>,
  handler: (context: TRouteContext<z.output<P>, TBodyOf<B, F>>) => Promise<Response>,
): (request: Request, context: { params: Promise<unknown> }) => Promise<Response> {
  return async (request, context) => {
    if (!isSameOrigin(request)) return errorResponse(403, "FORBIDDEN", "请求来源不被允许");
    try {
      const user = await getCurrentUser();
      if (!user) return errorResponse(401, "UNAUTHENTICATED", "请先登录");
      if (!NEWSROOM_ROLES.includes(user.role)) return errorResponse(403, "FORBIDDEN", "没有权限执行此操作");
      const params = options.params.safeParse(await context.params);
      if (!params.success) return errorResponse(404, "NOT_FOUND", "找不到该稿件");
      const body = await readBody(request, options.body, options.form);
      // readBody parsed with exactly the schemas named in `options`, so the data has their output type.
      const data = body.data as TBodyOf<B, F>;
      return await handler({ request, user, actor: actorOf(user), params: params.data, body: data, bodyFrom: body.from });
    } catch (error) {
      return errorToResponse(error);
    }
  };
}

export const ZArticleParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const ZNoParams = z.unknown();

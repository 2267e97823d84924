// Turns whatever a newsroom handler threw into the HTTP answer the editor's client reads:
// `{ error: { code, message, path? } }` with the status of the error, the message in zh-CN.
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { AppError } from "@/lib/errors";
import { fieldLabel } from "@/lib/newsroom-client/field-labels";
import { reportDatabaseUnavailable } from "./database-health";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from "./service-unavailable";

export const INTERNAL_ERROR_MESSAGE = "服务器出错，修改没有保存，请稍后再试";

export function errorResponse(status: number, code: string, message: string, extra: { path?: string; fields?: Record<string, unknown> } = {}) {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503 || status === 429) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  const error = extra.path === undefined ? { code, message } : { code, message, path: extra.path };
  return NextResponse.json({ error, ...extra.fields }, { status, headers });
}

function conflictFields(error: AppError): Record<string, unknown> {
  // A refused save carries the other editor's draft (`current`), which the editor shows as a diff.
  if (error.code !== "CONFLICT" || typeof error.details !== "object" || error.details === null) return {};
  return { ...error.details };
}

type TZodIssue = ZodError["issues"][number];

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** The reason in zh-CN: the schema's own message when it has one in Chinese, else one made from the issue's kind. */
function issueReason(issue: TZodIssue): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string" ? `不能超过 ${issue.maximum} 个字符` : `不能超过 ${issue.maximum}`;
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? "不能为空" : `不能少于 ${issue.minimum}`;
    case "invalid_type":
      return issue.message.includes("received undefined") ? "必须填写" : "格式不对";
    default:
      return "内容不符合要求";
  }
}

/** “主题：不能超过 200 个字符”, “署名 1 的姓名：署名不能为空” — a field by its label, never by its path. */
export function invalidInputMessage(issue: TZodIssue | undefined): string {
  if (!issue) return "输入有误";
  const label = fieldLabel(issue.path);
  return label ? `${label}：${issueReason(issue)}` : `输入有误：${issueReason(issue)}`;
}

export function errorToResponse(error: unknown): Response {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.userMessage, { fields: conflictFields(error) });
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const path = issue?.path.map(String).join(".") ?? "";
    return errorResponse(422, "INVALID_INPUT", invalidInputMessage(issue), { path });
  }
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable();
    console.error("newsroom request refused: the database cannot be reached");
    return errorResponse(503, "UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE);
  }
  console.error(error);
  return errorResponse(500, "INTERNAL", INTERNAL_ERROR_MESSAGE);
}

// Validates an incoming story body: first the zod whitelist (types, sizes, attributes, link protocols),
// then the editor's own ProseMirror schema, so nothing is stored that the editor could not open again.
import { getSchema } from "@tiptap/core";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { storyExtensions } from "./extensions";
import { type TStoryDocument, ZStoryDocument } from "./schema";

/** Whole documents above this size (as JSON) are refused: a day's longest story is far below it. */
export const MAX_DOCUMENT_BYTES = 1_000_000;

let schema: ReturnType<typeof getSchema> | undefined;

/** One zh-CN sentence naming what is not allowed and where (e.g. `content.0.content.1.marks.0.attrs.onclick`). */
export function describeDocumentIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "格式错误";
  const at = (path: PropertyKey[]) => path.map(String).join(".") || "正文";
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => at([...issue.path, key]));
    return `不允许的属性 ${issue.keys.map((key) => `“${key}”`).join("、")}（位置 ${keys.join("、")}）`;
  }
  if (issue.code === "invalid_union" && "discriminator" in issue) return `不允许的节点或标记类型（位置 ${at(issue.path)}）`;
  return `${issue.message}（位置 ${at(issue.path)}）`;
}

export function validateStoryDocument(input: unknown): TStoryDocument {
  const size = Buffer.byteLength(JSON.stringify(input ?? null), "utf8");
  if (size > MAX_DOCUMENT_BYTES) throw new AppError("INVALID_INPUT", `正文过大（${Math.round(size / 1024)} KB），上限 ${MAX_DOCUMENT_BYTES / 1000} KB`);
  const parsed = ZStoryDocument.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `正文包含不允许的内容：${describeDocumentIssue(issue)}`, {
      details: { path: issue?.path.map(String) ?? [] },
    });
  }
  schema ??= getSchema(storyExtensions);
  try {
    schema.nodeFromJSON(parsed.data).check();
  } catch (error) {
    throw new AppError("INVALID_INPUT", `正文结构无效：${(error as Error).message}`);
  }
  return parsed.data;
}

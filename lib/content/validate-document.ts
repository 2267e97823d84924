// Validates an incoming story body: first the zod whitelist (types, sizes, link protocols), then the
// editor's own ProseMirror schema, so nothing is stored that the editor could not open again.
import { getSchema } from "@tiptap/core";
import { AppError } from "@/lib/errors";
import { storyExtensions } from "./extensions";
import { type TStoryDocument, ZStoryDocument } from "./schema";

/** Whole documents above this size (as JSON) are refused: a day's longest story is far below it. */
export const MAX_DOCUMENT_BYTES = 1_000_000;

let schema: ReturnType<typeof getSchema> | undefined;

export function validateStoryDocument(input: unknown): TStoryDocument {
  const size = Buffer.byteLength(JSON.stringify(input ?? null), "utf8");
  if (size > MAX_DOCUMENT_BYTES) throw new AppError("INVALID_INPUT", `正文过大（${Math.round(size / 1024)} KB），上限 ${MAX_DOCUMENT_BYTES / 1000} KB`);
  const parsed = ZStoryDocument.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `正文包含不允许的内容：${issue?.message ?? "格式错误"}（位置 ${issue?.path.join(".") ?? "?"}）`);
  }
  schema ??= getSchema(storyExtensions);
  try {
    schema.nodeFromJSON(parsed.data).check();
  } catch (error) {
    throw new AppError("INVALID_INPUT", `正文结构无效：${(error as Error).message}`);
  }
  return parsed.data;
}

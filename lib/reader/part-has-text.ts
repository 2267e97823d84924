// Whether a part of a story (the run printed on one page) has anything for readers: text or a picture.
// A continuation whose text was never entered has none; readers see neither its 上接/下转 markers nor a
// bare headline for it on its page.
import type { TBodyPart } from "@/lib/content/parts";

function hasContent(node: unknown): boolean {
  if (typeof node !== "object" || node === null) return false;
  const record = node as { type?: unknown; text?: unknown; content?: unknown };
  if (record.type === "figure") return true;
  if (record.type === "text") return typeof record.text === "string" && record.text.trim() !== "";
  return Array.isArray(record.content) && record.content.some(hasContent);
}

export function partHasText(part: Pick<TBodyPart, "blocks"> | undefined): boolean {
  return part?.blocks.some(hasContent) ?? false;
}

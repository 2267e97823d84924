// Whether a part of a story (the run printed on one page) has anything for readers: text or a picture.
// A continuation whose text was never entered has none; readers see neither its 上接/下转 markers nor a
// bare headline for it on its page.
import { splitIntoParts, type TBodyPart } from "@/lib/content/parts";
import { ZStoredStoryDocument } from "@/lib/content/stored-document";

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

/**
 * Whether part `sequence` of a stored body (as read from the database, unchecked) has text; a body that
 * cannot be read has none to show. For lists of headlines that read the body of continuations only.
 */
export function continuationHasText(body: unknown, sequence: number): boolean {
  const document = ZStoredStoryDocument.safeParse(body);
  return document.success && partHasText(splitIntoParts(document.data)[sequence]);
}

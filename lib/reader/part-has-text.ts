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
 * Whether a story placed as part `sequence` has text on that page, for lists of headlines that read the
 * stored body of continuations only (placedHeadlineColumnsSql in page-stories.ts): where a story starts it
 * always does; a continuation's body is checked, and one that cannot be read has none to show.
 */
export function placedPartHasText(sequence: number, body: unknown): boolean {
  if (sequence === 0) return true;
  const document = ZStoredStoryDocument.safeParse(body);
  return document.success && partHasText(splitIntoParts(document.data)[sequence]);
}

// partHasText for a story body as stored (JSON from the database), without validating the whole story
// first: the issue view asks it for each continuation and shows nothing else of the body.
import type { TBodyPart } from "@/lib/content/parts";
import { partHasText } from "./part-has-text";

/** Whether part `sequence` of a stored body (jump nodes split it, lib/content/parts.ts) has text or a picture. */
export function storedPartHasText(body: unknown, sequence: number): boolean {
  const document = typeof body === "string" ? (JSON.parse(body) as unknown) : body;
  const content = (document as { content?: unknown } | null | undefined)?.content;
  const blocks: unknown[] = [];
  let part = 0;
  for (const block of Array.isArray(content) ? content : []) {
    if ((block as { type?: unknown } | null)?.type === "jump") {
      if (part === sequence) break;
      part += 1;
    } else if (part === sequence) blocks.push(block);
  }
  // partHasText looks at every node defensively, whatever its shape.
  return partHasText({ blocks: blocks as TBodyPart["blocks"] });
}

// What is wrong with a story's 下转 jumps in one issue: a jump to a page the issue lacks, or to a page whose
// continuation text is empty (readers would follow 下转第N版 and find nothing). Pure.
import { splitIntoParts } from "@/lib/content/parts";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TStoryDocument } from "@/lib/content/schema";

export interface TJumpDefect {
  /** The part that ends with this jump (0: the part where the story starts). */
  fromPart: number;
  toPage: number;
  reason: "missing-page" | "empty-continuation";
}

export function jumpDefects(body: TStoryDocument, issuePageNumbers: ReadonlySet<number>): TJumpDefect[] {
  const parts = splitIntoParts(body);
  return parts.flatMap((part, index): TJumpDefect[] => {
    if (part.jumpToPage === null) return [];
    if (!issuePageNumbers.has(part.jumpToPage)) return [{ fromPart: index, toPage: part.jumpToPage, reason: "missing-page" as const }];
    const next = parts[index + 1];
    const text = next ? documentPlainText({ type: "doc", content: next.blocks }).trim() : "";
    return text === "" && !next?.blocks.some((block) => block.type === "figure")
      ? [{ fromPart: index, toPage: part.jumpToPage, reason: "empty-continuation" as const }]
      : [];
  });
}

export function describeJumpDefect(defect: TJumpDefect): string {
  return defect.reason === "missing-page" ? `下转第${defect.toPage}版，但本期没有该版` : `下转第${defect.toPage}版，但转版后的正文是空的`;
}

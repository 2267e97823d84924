// A story body is one document; jump nodes split it into the parts printed on successive pages.
import type { TBlockNode, TStoryDocument } from "./schema";

export interface TBodyPart {
  blocks: TBlockNode[];
  /** The page named by the jump node that ends this part, or null for the last part. */
  jumpToPage: number | null;
}

export function splitIntoParts(document: TStoryDocument): TBodyPart[] {
  const parts: TBodyPart[] = [];
  let current: TBlockNode[] = [];
  for (const block of document.content) {
    if (block.type === "jump") {
      parts.push({ blocks: current, jumpToPage: block.attrs.toPage });
      current = [];
    } else {
      current.push(block);
    }
  }
  parts.push({ blocks: current, jumpToPage: null });
  return parts;
}

export function joinParts(parts: readonly TBodyPart[]): TStoryDocument {
  const content: TBlockNode[] = [];
  parts.forEach((part, index) => {
    content.push(...part.blocks);
    if (index < parts.length - 1) {
      const toPage = part.jumpToPage;
      if (toPage === null) throw new Error("Only the last part of a story may end without a jump");
      content.push({ type: "jump", attrs: { toPage } });
    }
  });
  return { type: "doc", content };
}

/** The pages a story jumps to, in order (下转第N版 markers): where its parts after the first run. */
export function jumpPages(document: TStoryDocument): number[] {
  return document.content.flatMap((node) => (node.type === "jump" ? [node.attrs.toPage] : []));
}

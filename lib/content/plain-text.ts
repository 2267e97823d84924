// Plain text and 字数 (print character count) derived from a story body.
import type { TBlockNode, TStoryDocument } from "./schema";

function inlineText(nodes: ReadonlyArray<{ type: string; text?: string }> | undefined): string {
  if (!nodes) return "";
  return nodes.map((node) => (node.type === "text" ? (node.text ?? "") : "\n")).join("");
}

function blockText(block: TBlockNode): string[] {
  switch (block.type) {
    case "paragraph":
    case "subhead":
      return [inlineText(block.content)];
    case "figure":
      return [block.attrs.caption, block.attrs.credit].filter((part): part is string => Boolean(part));
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((item) => item.content.map((paragraph) => inlineText(paragraph.content)));
    case "blockquote":
      return block.content.map((inner) => inlineText(inner.content));
    case "jump":
      return [];
  }
}

/** The body as plain text, one block per line (jump markers are layout, not text). */
export function documentPlainText(document: TStoryDocument): string {
  return document.content
    .flatMap(blockText)
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * 字数 as Chinese newsrooms count it: every non-whitespace character counts one — Han characters,
 * full-width and ASCII punctuation, digits and Latin letters alike (code points, so 𠮷 counts once).
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) {
    if (!/\s/u.test(char)) count += 1;
  }
  return count;
}

// First stage: turn a raw PDF-to-text dump into blocks (runs of non-blank lines between blank lines).

// Whitespace a PDF dump leaves around lines: ASCII, the full-width space used for paragraph
// indents, and no-break spaces. Inner spaces are kept: headlines use them ("扩面有力度 服务有温度").
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu;

/** Strips a BOM, unifies line ends and trims each line; punctuation is never touched. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .map((line) => line.replace(EDGE_SPACE, ""))
    .join("\n");
}

/** Splits normalised text into blocks; each block is its list of (trimmed, non-empty) lines. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of normaliseText(text).split("\n")) {
    if (line === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

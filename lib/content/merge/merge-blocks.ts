// Three-way merge of a story body, block by block (paragraphs, 小标题, figures, 下转 markers, lists and
// quotes each count as one block). Each side is aligned with the base (see align-side.ts for the matching
// rule); then, per base block: changed by one side only → that change; changed by both in the same way →
// once; changed by both differently (including one edits while the other deletes) → a conflict. Blocks
// inserted by one side go in at their place; where both sides inserted different blocks at one place,
// theirs come first, then mine (nothing was changed by both, so nothing to decide). A moved block lands
// where it was moved, carrying the other side's edit of it; deleted by the other side, it is gone. Pure.
import type { TBlockNode } from "../schema";
import { alignSide, type TSideAlignment, type TSideChange, type TSideInsert } from "./align-side";
import { blockKey } from "./block-key";
import type { TBodySegment } from "./types";

const sameBlocks = (a: readonly TBlockNode[], b: readonly TBlockNode[]) =>
  a.length === b.length && a.every((block, i) => blockKey(block) === blockKey(b[i] as TBlockNode));

/** What a block looks like on a side where it was moved, given what the other side did to it. */
function landed(insert: TSideInsert, other: TSideAlignment, otherIsTheirs: boolean): TBlockNode[] {
  if (insert.movedFrom === null) return [insert.block];
  const change = other.changes[insert.movedFrom];
  switch (change?.kind) {
    case "replace":
      return [change.block];
    case "delete":
      return [];
    // Moved by both to different places: theirs is where it stays.
    case "move":
      return otherIsTheirs ? [] : [insert.block];
    default:
      return [insert.block];
  }
}

function blocksAt(change: TSideChange | undefined, base: TBlockNode): TBlockNode[] {
  if (!change || change.kind === "keep") return [base];
  return change.kind === "replace" ? [change.block] : [];
}

/** Base block `index` after both sides' changes. */
function mergedAt(index: number, block: TBlockNode, t: TSideChange = { kind: "keep" }, m: TSideChange = { kind: "keep" }): TBodySegment[] {
  const asSegments = (blocks: TBlockNode[]): TBodySegment[] => blocks.map((settled) => ({ kind: "block", block: settled }));
  // A move is settled where the block lands.
  if (t.kind === "move" || m.kind === "move") return [];
  if (t.kind === "keep") return asSegments(blocksAt(m, block));
  if (m.kind === "keep") return asSegments(blocksAt(t, block));
  const theirBlocks = blocksAt(t, block);
  const myBlocks = blocksAt(m, block);
  if (sameBlocks(theirBlocks, myBlocks)) return asSegments(theirBlocks);
  return [{ kind: "conflict", conflict: { id: `block-${index}`, kind: "block", base: block, mine: myBlocks, theirs: theirBlocks } }];
}

export function mergeBlocks(base: readonly TBlockNode[], theirs: readonly TBlockNode[], mine: readonly TBlockNode[]): TBodySegment[] {
  const their = alignSide(base, theirs);
  const my = alignSide(base, mine);
  const segments: TBodySegment[] = [];
  const emit = (blocks: readonly TBlockNode[]) => {
    for (const block of blocks) segments.push({ kind: "block", block });
  };
  const emitInserts = (gap: number) => {
    const fromTheirs = (their.inserts[gap] ?? []).flatMap((insert) => landed(insert, my, false));
    const fromMine = (my.inserts[gap] ?? []).flatMap((insert) => landed(insert, their, true));
    emit(fromTheirs);
    if (!sameBlocks(fromTheirs, fromMine)) emit(fromMine);
  };
  base.forEach((block, index) => {
    emitInserts(index);
    segments.push(...mergedAt(index, block, their.changes[index], my.changes[index]));
  });
  emitInserts(base.length);
  return segments;
}

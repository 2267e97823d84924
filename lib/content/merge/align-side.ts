// How one side changed the base body, block by block. Rule: blocks are matched by exact content (a
// longest-common-subsequence diff over block keys); between two matched anchors the unmatched base blocks
// and the unmatched blocks of the side are paired by position — the first changed base block became the
// first new block, and so on — an unpaired base block was deleted and an unpaired new block inserted after
// the last base block of that stretch. A deleted block whose exact content the side inserted elsewhere
// was moved there. Pure.
import { diffArrays } from "diff";
import type { TBlockNode } from "../schema";
import { blockKey } from "./block-key";

export type TSideChange = { kind: "keep" } | { kind: "replace"; block: TBlockNode } | { kind: "delete" } | { kind: "move" };

export interface TSideInsert {
  block: TBlockNode;
  /** The base index of the block this insert moved here, unchanged. */
  movedFrom: number | null;
}

export interface TSideAlignment {
  /** One entry per base block. */
  changes: TSideChange[];
  /** Inserted blocks per gap: gap g is before base block g (gap n is after the last). */
  inserts: TSideInsert[][];
}

export function alignSide(base: readonly TBlockNode[], side: readonly TBlockNode[]): TSideAlignment {
  const baseKeys = base.map(blockKey);
  const changes: TSideChange[] = base.map(() => ({ kind: "keep" }));
  const inserts: TSideInsert[][] = Array.from({ length: base.length + 1 }, () => []);
  let baseIndex = 0;
  let sideIndex = 0;
  let removed: number[] = [];
  let added: TBlockNode[] = [];
  const flush = () => {
    removed.forEach((index, k) => {
      const block = added[k];
      changes[index] = block ? { kind: "replace", block } : { kind: "delete" };
    });
    // Removed blocks end right before `baseIndex`: new blocks beyond the pairs go into that gap.
    for (const block of added.slice(removed.length)) inserts[baseIndex]?.push({ block, movedFrom: null });
    removed = [];
    added = [];
  };
  for (const part of diffArrays(baseKeys, side.map(blockKey))) {
    const count = part.value.length;
    if (part.added) {
      added.push(...side.slice(sideIndex, sideIndex + count));
      sideIndex += count;
    } else if (part.removed) {
      for (let k = 0; k < count; k++) removed.push(baseIndex + k);
      baseIndex += count;
    } else {
      flush();
      baseIndex += count;
      sideIndex += count;
    }
  }
  flush();
  markMoves(baseKeys, changes, inserts);
  return { changes, inserts };
}

function markMoves(baseKeys: readonly string[], changes: TSideChange[], inserts: TSideInsert[][]) {
  const insertedByKey = new Map<string, TSideInsert[]>();
  for (const insert of inserts.flat()) {
    const key = blockKey(insert.block);
    insertedByKey.set(key, [...(insertedByKey.get(key) ?? []), insert]);
  }
  changes.forEach((change, index) => {
    if (change.kind !== "delete") return;
    const target = insertedByKey.get(baseKeys[index] ?? "")?.find((insert) => insert.movedFrom === null);
    if (!target) return;
    target.movedFrom = index;
    changes[index] = { kind: "move" };
  });
}

// The blocks that differ between two versions of a body, in reading order, for showing what a publish
// changes: changed in place, added, removed or moved (matched as in align-side.ts). Pure.
import type { TBlockNode } from "../schema";
import { alignSide } from "./align-side";

export type TBlockChange =
  | { kind: "changed"; before: TBlockNode; after: TBlockNode }
  | { kind: "added"; after: TBlockNode }
  | { kind: "removed"; before: TBlockNode }
  | { kind: "moved"; after: TBlockNode };

export function blockChanges(before: readonly TBlockNode[], after: readonly TBlockNode[]): TBlockChange[] {
  const { changes, inserts } = alignSide(before, after);
  const out: TBlockChange[] = [];
  const addInserts = (gap: number) => {
    for (const insert of inserts[gap] ?? [])
      out.push(insert.movedFrom === null ? { kind: "added", after: insert.block } : { kind: "moved", after: insert.block });
  };
  before.forEach((block, index) => {
    addInserts(index);
    const change = changes[index];
    if (change?.kind === "replace") out.push({ kind: "changed", before: block, after: change.block });
    if (change?.kind === "delete") out.push({ kind: "removed", before: block });
  });
  addInserts(before.length);
  return out;
}

// The history's comparison of two versions: changed fields with their character differences, and runs of
// unchanged paragraphs folded away ("N 段未改动", opened on demand), so a one-word change in a long story
// is found at a glance.
import type { TDiffSegment, TFieldDiff } from "@/lib/articles/revision-diff";
import { UnchangedFold } from "./unchanged-fold";

type TPiece = { kind: "segment"; segment: TDiffSegment } | { kind: "fold"; paragraphs: string[] };

/** Splits unchanged text at paragraph breaks and folds the whole paragraphs in it. */
function foldUnchanged(segments: readonly TDiffSegment[]): TPiece[] {
  return segments.flatMap((segment, index): TPiece[] => {
    if (segment.kind !== "same" || !segment.text.includes("\n")) return [{ kind: "segment", segment }];
    const lines = segment.text.split("\n");
    // The first line ends a paragraph that a change began (unless this is the field's start); the last
    // begins one that a change continues (unless this is its end).
    const head = index === 0 ? null : (lines.shift() ?? "");
    const tail = index === segments.length - 1 ? null : (lines.pop() ?? "");
    const whole = lines.filter((line) => line.trim() !== "");
    if (whole.length === 0) return [{ kind: "segment", segment }];
    const pieces: TPiece[] = [];
    if (head !== null) pieces.push({ kind: "segment", segment: { kind: "same", text: `${head}\n` } });
    pieces.push({ kind: "fold", paragraphs: whole });
    if (tail !== null) pieces.push({ kind: "segment", segment: { kind: "same", text: `\n${tail}` } });
    return pieces;
  });
}

export function HistoryDiff({ fields }: { fields: readonly TFieldDiff[] }) {
  const changed = fields.filter((field) => field.changed);
  return (
    <dl className="nr-diff">
      {changed.length === 0 && <dd>两个版本内容相同。</dd>}
      {changed.map((field) => (
        <div key={field.field} data-field={field.field}>
          <dt>{field.label}</dt>
          <dd>
            {foldUnchanged(field.segments).map((piece, index) =>
              piece.kind === "fold" ? (
                <UnchangedFold key={index} paragraphs={piece.paragraphs} />
              ) : piece.segment.kind === "added" ? (
                <ins key={index}>{piece.segment.text}</ins>
              ) : piece.segment.kind === "removed" ? (
                <del key={index}>{piece.segment.text}</del>
              ) : (
                <span key={index}>{piece.segment.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// Field-by-field character differences between two versions of a story (history page, conflict view).
import type { TFieldDiff } from "@/lib/articles/revision-diff";

export function FieldDiff({ fields, emptyText }: { fields: readonly TFieldDiff[]; emptyText: string }) {
  const changed = fields.filter((field) => field.changed);
  return (
    <dl className="nr-diff">
      {changed.length === 0 && <dd>{emptyText}</dd>}
      {changed.map((field) => (
        <div key={field.field} data-field={field.field}>
          <dt>{field.label}</dt>
          <dd>
            {field.segments.map((segment, index) =>
              segment.kind === "added" ? (
                <ins key={index}>{segment.text}</ins>
              ) : segment.kind === "removed" ? (
                <del key={index}>{segment.text}</del>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

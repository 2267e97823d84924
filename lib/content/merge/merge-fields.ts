// Three-way merge of the fields merged as wholes: kind, 栏目, section, 引题, 主题, 副题, 电头, start page,
// and the byline list (one value: two different changes to the list are a conflict). Changed by one side →
// that change; by both alike → once; by both differently → a conflict. Texts compare trimmed, with empty
// and missing alike; bylines by name, role and affiliation (not by the id a new name has yet to get). Pure.
import { MERGE_FIELDS, type TFieldConflict, type TMergeableStory, type TMergeField } from "./types";

function comparable(field: TMergeField, value: unknown): string {
  if (field === "bylines") {
    const bylines = value as TMergeableStory["bylines"];
    return JSON.stringify(bylines.map((byline) => [byline.name.trim(), byline.role, byline.affiliation?.trim() ?? ""]));
  }
  if (typeof value === "string" || value === null || value === undefined) return `s:${(value ?? "").trim()}`;
  return `v:${String(value)}`;
}

export function sameFieldValue(field: TMergeField, a: unknown, b: unknown): boolean {
  return comparable(field, a) === comparable(field, b);
}

/** The merged fields (theirs where a conflict waits) and the conflicts. */
export function mergeFields<S extends TMergeableStory>(base: S, theirs: S, mine: S): { story: S; conflicts: TFieldConflict<S>[] } {
  let story: S = { ...theirs };
  const conflicts: TFieldConflict<S>[] = [];
  for (const field of MERGE_FIELDS) {
    const theirsChanged = !sameFieldValue(field, base[field], theirs[field]);
    const mineChanged = !sameFieldValue(field, base[field], mine[field]);
    if (!mineChanged) continue;
    if (!theirsChanged || sameFieldValue(field, theirs[field], mine[field])) {
      story = { ...story, [field]: mine[field] };
      continue;
    }
    conflicts.push({ id: `field-${field}`, kind: "field", field, base: base[field], mine: mine[field], theirs: theirs[field] } as TFieldConflict<S>);
  }
  return { story, conflicts };
}

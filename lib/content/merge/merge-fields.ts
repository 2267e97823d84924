// Three-way merge of the fields merged as wholes: kind, 栏目, section, 引题, 主题, 副题, 电头, start page,
// and the byline list (one value: two different changes to the list are a conflict). Changed by one side →
// that change; by both alike → once; by both differently → a conflict. Texts compare trimmed, with empty
// and missing alike; bylines by name, role and affiliation (not by the id a new name has yet to get). Pure.
import { sameFieldValue } from "./same-field-value";
import { MERGE_FIELDS, type TFieldConflict, type TMergeableStory } from "./types";

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

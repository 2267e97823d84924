// Whether two versions of a story say the same thing, by the merge's own comparison (texts trimmed, empty
// and missing alike, bylines by name, role and affiliation, blocks by content). Pure.
import { blockKey } from "./block-key";
import { sameFieldValue } from "./same-field-value";
import { MERGE_FIELDS, type TMergeableStory } from "./types";

export function sameStory(a: TMergeableStory, b: TMergeableStory): boolean {
  if (!MERGE_FIELDS.every((field) => sameFieldValue(field, a[field], b[field]))) return false;
  const left = a.body.content.map(blockKey);
  const right = b.body.content.map(blockKey);
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

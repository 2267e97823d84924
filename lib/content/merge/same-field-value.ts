// Whether two values of one merged field are the same change: texts compare trimmed, with empty and missing
// alike; bylines by name, role and affiliation (not by the id a newly typed name has yet to get). Pure.
import type { TMergeableStory, TMergeField } from "./types";

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

// How long each line of a story may be, in UTF-16 code units (what zod's max() and HTML's maxLength both
// count): the server's draft schema refuses longer input and the editor's fields stop at the same limit.
export const FIELD_LIMITS = {
  kicker: 200,
  headline: 200,
  subheadline: 200,
  dateline: 60,
  columnName: 60,
  bylineName: 40,
  affiliation: 40,
} as const;

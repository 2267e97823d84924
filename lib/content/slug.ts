// URL slugs that keep Chinese: letters and digits of any script survive, everything else becomes "-".

/** The rule itself: a run of anything but letters and digits (of any script) is one "-". */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;
/**
 * Runs of anything but the common CJK ideographs and ASCII letters and digits, all of which are letters or
 * digits: the rule above then only has to look inside these runs, which are short in a Chinese headline. A
 * month's sitemap makes ≈2,000 slugs, and matching every character against the Unicode classes cost half of
 * that. The same result as applying the rule to the whole text (tests/unit/content/content.test.ts).
 */
const OUTSIDE_COMMON = /[^\u4e00-\u9fffa-z0-9]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function separate(run: string): string {
  return LETTER_OR_DIGIT.test(run) ? run.replace(SEPARATORS, "-") : "-";
}

export function slugify(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(OUTSIDE_COMMON, separate).replace(EDGE_DASHES, "").slice(0, 80);
}

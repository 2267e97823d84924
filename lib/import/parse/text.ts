// Character-level judgements shared by every stage: how long a line is, how it ends, whether it reads as a title.

/** Printed length: one per code point, so a Han character and an ASCII digit both count one. */
export function charLength(text: string): number {
  return Array.from(text).length;
}

export function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? "";
}

/** An excerpt short enough to quote in a warning. */
export function excerpt(text: string, max = 16): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join("")}…`;
}

/** The end of a long text, for warnings about how a paragraph ends. */
export function excerptEnd(text: string, max = 16): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `…${chars.slice(-max).join("")}`;
}

// Sentence-final marks. ASCII "." is included because dumps print full stops as "." too; a number
// like "92.03" never ends a line, so the only risk is an abbreviation, which Chinese copy rarely has.
const FINAL_MARKS = new Set(["。", "．", ".", "！", "!", "？", "?", "…"]);
// Closing quotes usually end a quoted sentence ("……!”"), but a column can also break right after a
// quoted word ("被称为“北斗”" / "的……"). We treat them as a probable end and let the next block's
// first character overrule that (see startsWithContinuation).
const CLOSING_QUOTES = new Set(["”", "’", "」", "』", '"', "'"]);
const COLONS = new Set(["：", ":"]);

export type TLineEnding = "final" | "quote" | "colon" | "open";

/**
 * How a block ends, for deciding whether the next block continues it.
 * Closing brackets (")" "）" "》") are "open": "各县(区、市)" often sits at a column end, while a
 * paragraph-closing parenthetical (下转…, …摄) has already been cut out before this is asked.
 */
export function lineEnding(text: string): TLineEnding {
  const last = lastChar(text.trimEnd());
  if (FINAL_MARKS.has(last)) return "final";
  if (CLOSING_QUOTES.has(last)) return "quote";
  if (COLONS.has(last)) return "colon";
  return "open";
}

// No paragraph can start with these: a block that does is the tail of the previous one.
const CONTINUATION_START = /^[，,、。．；;：:！!？?）)」』”’》〉】…]/u;

export function startsWithContinuation(text: string): boolean {
  return CONTINUATION_START.test(text);
}

const DASH_START = /^\s*(——|──|—|--)/u;
const DASH_END = /(——|──|—|--)\s*$/u;

/** A 副题 usually opens with a dash: "——我市充分发挥……". */
export function startsWithDash(text: string): boolean {
  return DASH_START.test(text);
}

/** An 引题 printed above the headline often ends with a dash: "山西北斗产业园——". */
export function endsWithDash(text: string): boolean {
  return DASH_END.test(text);
}

/** Titles (headline parts, column banners, subheads) are one printed line; body paragraphs are longer. */
export const TITLE_MAX_CHARS = 40;
// A dash-led 副题 can run a little longer than a headline.
const DASHED_TITLE_MAX_CHARS = 60;

/**
 * Whether a block reads as a title line rather than prose: short, and not ending or broken like a
 * sentence. Titles may carry spaces, quotes, "!" or "?", but never "。" and never end on a comma.
 */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  const length = charLength(t);
  if (length === 0) return false;
  if (length > (startsWithDash(t) ? DASHED_TITLE_MAX_CHARS : TITLE_MAX_CHARS)) return false;
  if (/[。．]/u.test(t)) return false;
  // A headline may hold one comma ("稳字当头，进中求变"); two or a semicolon make it a sentence.
  if ((t.match(/[，,；;]/gu) ?? []).length > 1 || /[；;]/u.test(t)) return false;
  if (/[，,、；;：:]$/u.test(t)) return false;
  // A quoted exclamation or question standing alone is speech, not a title.
  if (/[!！?？。]["”’]$/u.test(t)) return false;
  if (/…$/u.test(t)) return false;
  return true;
}

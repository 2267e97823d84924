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
  if (length === 0 || isAuthorNote(t)) return false;
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

// Banners over a run of short items (简讯): "要闻简报", "本地快讯", "县区传真".
const BRIEFS_BANNER = /(?:简讯|快讯|简报|短讯|速递|速览|集锦|一览|传真|扫描|纵览|荟萃)$/u;

/** A banner over several short items, each its own story under it. */
export function isBriefsBanner(line: string): boolean {
  return charLength(line) <= 10 && !/\s/u.test(line) && BRIEFS_BANNER.test(line);
}

/** 编者按 / 编者的话: an editor's note that introduces the story printed after it. */
export function isEditorsNote(text: string): boolean {
  return /^[【[(（]?\s*(?:编者按|编者的话)/u.test(text);
}

/**
 * A note printed with the body that is body text, never a title: the line on the author at the end
 * of a signed piece ((作者单位：…), 作者系…) or a chart's caption and source (图表：…, 制图：…, 数据来源：…).
 */
export function isAuthorNote(text: string): boolean {
  return /^[(（]?\s*(?:作者单位|作者系|作者为|作者是|图表\s*[:：\d]|制图\s*[:：]|数据来源\s*[:：]|资料来源\s*[:：])/u.test(text);
}

/** A caption describing a picture: 这是…, 图为…, 上图…, 左起…. */
export function isPhotoDescription(text: string): boolean {
  if (/^(?:图为|上图|下图|左图|右图|左起|右起|从左至右|从左到右|画面中)/u.test(text)) return true;
  // "这是…" opens many sentences; it describes a picture only when the caption says so (这是…拍摄的…).
  return /^这是/u.test(text) && /拍摄|摄于|航拍|照片|图片|镜头|画面/u.test(text);
}

// Marks that end or break a sentence; a subhead of a feature has none of them.
const SENTENCE_MARKS = /[。．.！!？?；;：:…]/u;

/**
 * A long subhead of a feature (通讯): a whole sentence of 12–35 characters, commas allowed, with no
 * sentence-ending mark anywhere ("路通了，水来了，村民的日子越过越红火"), set between a finished
 * paragraph and the next paragraph. Shorter lines are judged by isTitleLike.
 */
export function isSentenceSubhead(text: string, before: string | null, after: string | null): boolean {
  const length = charLength(text);
  if (length < 12 || length > 35 || SENTENCE_MARKS.test(text) || isAuthorNote(text)) return false;
  if (!/[\p{Script=Han}”」』]$/u.test(text)) return false;
  if (before === null || after === null || lineEnding(before) !== "final") return false;
  return !startsWithContinuation(after) && charLength(after) > length;
}

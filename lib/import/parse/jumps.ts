// 转版 markers: "(下转第4版)" ends a part on this page, "上接第1版" starts a part continued from another.

export type TJumpDirection = "to" | "from";

export interface TJumpMarker {
  direction: TJumpDirection;
  page: number;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a page number as printed: ASCII or full-width digits, or Chinese numerals
 * (四, 十, 十一, 二十四, 一〇八). Returns null for anything else.
 */
export function parsePageNumber(raw: string): number | null {
  const text = raw.trim().replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/u.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/u.test(text)) return null;
  if (!/[十百]/u.test(text)) {
    // Digit by digit, as in 一〇八.
    return Number(Array.from(text, (c) => CN_DIGITS[c] ?? 0).join(""));
  }
  let total = 0;
  let pending = 0;
  for (const c of text) {
    if (c === "百") {
      total += (pending || 1) * 100;
      pending = 0;
    } else if (c === "十") {
      total += (pending || 1) * 10;
      pending = 0;
    } else {
      pending = CN_DIGITS[c] ?? 0;
    }
  }
  return total + pending;
}

const NUM = "([0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,5})";
const WORD = "(下转|转|上接|接)";
const CORE = `${WORD}\\s*第?\\s*${NUM}\\s*版`;
const OPEN = "[(（【\\[]";
const CLOSE = "[)）】\\]]";

const WHOLE_LINE = new RegExp(`^${OPEN}?\\s*${CORE}\\s*${CLOSE}?$`, "u");
// Inline markers must be bracketed, or use the full two-character word, so that prose such as
// "转第二版面" is never mistaken for one.
const AT_END = new RegExp(`\\s*(?:${OPEN}\\s*${CORE}\\s*${CLOSE}|(下转)\\s*第\\s*${NUM}\\s*版)$`, "u");
const AT_START = new RegExp(`^(?:${OPEN}\\s*${CORE}\\s*${CLOSE}|(上接)\\s*第\\s*${NUM}\\s*版)[\\s，,:：]*`, "u");

function toMarker(word: string | undefined, num: string | undefined): TJumpMarker | null {
  if (word === undefined || num === undefined) return null;
  const page = parsePageNumber(num);
  if (page === null || page === 0) return null;
  return { direction: word.endsWith("转") ? "to" : "from", page };
}

/** A block that is nothing but a jump marker. */
export function parseJumpLine(line: string): TJumpMarker | null {
  const m = WHOLE_LINE.exec(line.trim());
  return m ? toMarker(m[1], m[2]) : null;
}

export interface TInlineJumps {
  text: string;
  from: TJumpMarker | null;
  to: TJumpMarker | null;
}

/**
 * Cuts a jump marker off the start ("(上接第1版)近年来…") or end ("…走向(下转第4版)") of a
 * paragraph. Only "from" markers count at the start and "to" markers at the end.
 */
export function extractInlineJumps(paragraph: string): TInlineJumps {
  let text = paragraph;
  let from: TJumpMarker | null = null;
  let to: TJumpMarker | null = null;

  const start = AT_START.exec(text);
  if (start) {
    const marker = toMarker(start[1] ?? start[3], start[2] ?? start[4]);
    if (marker?.direction === "from") {
      from = marker;
      text = text.slice(start[0].length);
    }
  }
  const end = AT_END.exec(text);
  if (end) {
    const marker = toMarker(end[1] ?? end[3], end[2] ?? end[4]);
    if (marker?.direction === "to") {
      to = marker;
      text = text.slice(0, end.index);
    }
  }
  return { text: text.trim(), from, to };
}

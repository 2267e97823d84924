// 标点: PDF-to-text turns the paper's full-width ，；：？！（） into ASCII. Chinese readers expect the
// full-width marks, so ASCII marks that touch Chinese text are converted; marks inside numbers
// (1,000 · 10:30 · 3:1), Latin words (Yahoo!) and URLs (https://…) are kept.

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

// Chinese context: Han characters, CJK and full-width punctuation, Chinese quotes, dashes and ellipses.
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
const URL = /(?:https?|ftp):\/\/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]+|www\.[a-z0-9-]+\.[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]+/giu;
// Marks a URL can hold but rarely ends with: a URL followed by "," or ")" leaves that mark to the sentence.
const URL_TRAILING = /[,;:!?)]+$/u;

function isChinese(char: string | undefined): boolean {
  return char !== undefined && CHINESE.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && /[0-9０-９]/u.test(char);
}

/** Neighbours of position i, looking through ASCII spaces. */
function neighbours(
  chars: string[],
  i: number,
): { before: string | undefined; after: string | undefined; tightBefore: string | undefined; tightAfter: string | undefined } {
  let b = i - 1;
  while (b >= 0 && chars[b] === " ") b--;
  let a = i + 1;
  while (a < chars.length && chars[a] === " ") a++;
  return { before: chars[b], after: chars[a], tightBefore: chars[i - 1], tightAfter: chars[i + 1] };
}

/** Index ranges (in code points) of URLs, whose marks are never touched. */
function protectedRanges(chars: string[]): boolean[] {
  const text = chars.join("");
  const mask = new Array<boolean>(chars.length).fill(false);
  for (const m of text.matchAll(URL)) {
    const url = m[0].replace(URL_TRAILING, "");
    const start = Array.from(text.slice(0, m.index)).length;
    const length = Array.from(url).length;
    for (let k = start; k < start + length; k++) mask[k] = true;
  }
  return mask;
}

/** Pairs of ASCII parentheses (innermost first), so that "(" and ")" are converted together. */
function parenthesisPairs(chars: string[], mask: boolean[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (mask[i]) return;
    if (c === "(") open.push(i);
    else if (c === ")") {
      const o = open.pop();
      if (o !== undefined) {
        pairs.set(o, i);
        pairs.set(i, o);
      }
    }
  });
  return pairs;
}

/**
 * Converts ASCII , ; : ? ! ( ) to full width where they touch Chinese text. A mark between two
 * digits stays (1,000 / 10:30). A pair of parentheses converts together when it holds Chinese or
 * touches it on either side ("各县(区、市)", "人工智能(AI)"), so "f(x)" or "(AI)" in Latin text
 * stays. Spaces the dump left around a converted mark are dropped, since full-width marks carry
 * their own spacing.
 */
export function toFullWidthPunctuation(text: string): string {
  if (!/[,;:?!()]/u.test(text)) return text;
  const chars = Array.from(text);
  const mask = protectedRanges(chars);
  const pairs = parenthesisPairs(chars, mask);
  const convert = new Array<boolean>(chars.length).fill(false);

  chars.forEach((c, i) => {
    if (mask[i] || FULL_WIDTH[c] === undefined) return;
    const { before, after, tightBefore, tightAfter } = neighbours(chars, i);
    if (c === "(" || c === ")") {
      const partner = pairs.get(i);
      if (partner === undefined) {
        convert[i] = isChinese(c === "(" ? after : before) || isChinese(c === "(" ? before : after);
        return;
      }
      const [o, cl] = c === "(" ? [i, partner] : [partner, i];
      const inner = chars.slice(o + 1, cl);
      convert[i] = inner.some(isChinese) || isChinese(neighbours(chars, o).before) || isChinese(neighbours(chars, cl).after);
      return;
    }
    if (isDigit(tightBefore) && isDigit(tightAfter)) return;
    convert[i] = isChinese(before) || isChinese(after);
  });

  let out = "";
  chars.forEach((c, i) => {
    if (c === " ") {
      // Drop a space that only separates a converted mark from its neighbour.
      let b = i - 1;
      while (b >= 0 && chars[b] === " ") b--;
      let a = i + 1;
      while (a < chars.length && chars[a] === " ") a++;
      const touchesConverted = (convert[b] === true && chars[b] !== "(") || (convert[a] === true && chars[a] !== ")");
      const spaceAroundBracket = (convert[b] === true && chars[b] === "(") || (convert[a] === true && chars[a] === ")");
      if ((touchesConverted && (isChinese(chars[a]) || isChinese(chars[b]) || convert[a] || convert[b])) || spaceAroundBracket) return;
      out += c;
      return;
    }
    out += convert[i] ? (FULL_WIDTH[c] ?? c) : c;
  });
  return out;
}

// Which parts of a text a query matched, for highlighting: matched the way the index matches (NFKC, lower
// case, punctuation between token characters ignored), mapped back onto the original characters. Returns
// plain text parts; the page turns them into <mark> elements, so nothing is ever parsed as HTML.
import { isCjkChar, normalizeSearchText, searchRuns } from "./tokens";

export interface TTextPart {
  text: string;
  hit: boolean;
}

const ASCII_TOKEN = /^[a-z0-9]$/;

/** The text's token characters, each with the span of original text it came from. */
function tokenView(text: string) {
  let joined = "";
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    for (const normal of normalizeSearchText(char)) {
      if (ASCII_TOKEN.test(normal) || isCjkChar(normal)) {
        joined += normal;
        for (let unit = 0; unit < normal.length; unit += 1) {
          from.push(offset);
          to.push(offset + char.length);
        }
      }
    }
    offset += char.length;
  }
  return { joined, from, to };
}

/** Spans [start, end) of the original text that match any term, merged and in order. */
export function matchSpans(text: string, terms: readonly string[]): Array<[number, number]> {
  const view = tokenView(text);
  const spans: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = searchRuns(term)
      .map((run) => run.text)
      .join("");
    if (!needle) continue;
    for (let index = view.joined.indexOf(needle); index >= 0; index = view.joined.indexOf(needle, index + needle.length)) {
      spans.push([view.from[index] as number, view.to[index + needle.length - 1] as number]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

function partsOf(text: string, spans: ReadonlyArray<[number, number]>, start = 0, end = text.length): TTextPart[] {
  const parts: TTextPart[] = [];
  let at = start;
  for (const [from, to] of spans) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: text.slice(at, a), hit: false });
    parts.push({ text: text.slice(a, b), hit: true });
    at = b;
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  return parts;
}

/** The whole text in parts (for headlines). */
export function highlightParts(text: string, terms: readonly string[]): TTextPart[] {
  return partsOf(text, matchSpans(text, terms));
}

/** About `length` characters of the body around its first match (or its opening), in parts. */
export function snippetParts(plainText: string, terms: readonly string[], length = 120): TTextPart[] {
  const flat = plainText.replace(/\s+/gu, " ").trim();
  const spans = matchSpans(flat, terms);
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 4));
  let end = Math.min(flat.length, start + length);
  if (end < flat.length && /[\ud800-\udbff]/.test(flat[end - 1] ?? "")) end -= 1;
  start = Math.max(0, Math.min(start, end - length));
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\udc00-\udfff]/.test(flat[start] ?? "")) start -= 1;
  const parts = partsOf(flat, spans, start, end);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (end < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}

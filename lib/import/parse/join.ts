// Third stage: glue paragraphs that a column end broke mid-sentence ("…习近平" / "总书记围绕…").
import { excerptEnd, isAuthorNote, isSentenceSubhead, isTitleLike, lineEnding, startsWithContinuation } from "./text";
import type { TTextUnit, TUnit, TWarn } from "./units";

/** Prose, as opposed to a title line. A block that opens with a 电头 is always prose. */
export function isProse(unit: TTextUnit): boolean {
  return unit.dateline !== null || !isTitleLike(unit.text);
}

/** Whether a unit opens a title group: a title line, a byline line or a 电头 lead. */
function opensTitleGroup(unit: TUnit | undefined): boolean {
  if (unit === undefined) return false;
  if (unit.kind === "byline") return true;
  return unit.kind === "text" && (unit.dateline !== null || !isProse(unit));
}

/**
 * Whether `next` continues the sentence `prev` left open. A `next` that opens with a mark no
 * block can start with ("，", "。", "）", "”") always continues. Otherwise `prev` must be prose
 * (a title line is never glued to what follows) ending without sentence-final punctuation, a
 * closing quote (often the end of quoted speech) or a colon, and `next` must carry no 电头 of its
 * own. A short, title-like `next` ("凝聚力影响力") is the tail of the sentence too, unless what
 * follows it (`after`) makes it the top of a title group: another title line, a byline or a 电头.
 */
export function continuesSentence(prev: TTextUnit, next: TTextUnit, after?: TUnit): boolean {
  if (next.dateline !== null || isAuthorNote(prev.text) || isAuthorNote(next.text)) return false;
  if (startsWithContinuation(next.text)) return true;
  if (!isProse(prev) || lineEnding(prev.text) !== "open") return false;
  return isProse(next) || !opensTitleGroup(after);
}

/**
 * Joins column-break fragments with no separator (Chinese is set without spaces), except after a
 * sentence-long subhead of a feature (marked `sentenceSubhead`; news stories have none). Captions are
 * looked through, since a photo set between two columns sits between the halves of a sentence in
 * reading order; the joined paragraph keeps its place before the caption.
 */
export function joinColumnBreaks(units: TUnit[], warn: TWarn): TUnit[] {
  const out: TUnit[] = [];
  // Inside a feature (通讯: signed on a byline line, no 电头), where sentence-long subheads are printed.
  let inFeature = false;
  for (const [i, unit] of units.entries()) {
    if (unit.kind === "byline") inFeature = true;
    if (unit.kind === "text" && unit.dateline !== null) inFeature = false;
    if (unit.kind === "text") {
      let k = out.length - 1;
      while (k >= 0 && out[k]?.kind === "caption") k--;
      const prev = out[k];
      const before = out[k - 1];
      if (
        inFeature &&
        prev?.kind === "text" &&
        prev.dateline === null &&
        isProse(prev) &&
        before?.kind === "text" &&
        isProse(before) &&
        isSentenceSubhead(prev.text, before.text, unit.text)
      ) {
        // A sentence-long subhead between two paragraphs is not a column-break fragment.
        out[k] = { ...prev, sentenceSubhead: true };
      } else if (prev?.kind === "text" && continuesSentence(prev, unit, units[i + 1])) {
        out[k] = { ...prev, text: prev.text + unit.text };
        continue;
      }
    }
    out.push({ ...unit });
  }
  warnUnfinished(out, warn);
  return out;
}

/** Flags prose left mid-sentence that no jump line explains, so an editor can look at it. */
function warnUnfinished(units: TUnit[], warn: TWarn): void {
  units.forEach((unit, i) => {
    if (unit.kind !== "text" || !isProse(unit) || unit.sentenceSubhead || isAuthorNote(unit.text)) return;
    const ending = lineEnding(unit.text);
    if (ending === "final" || ending === "quote") return;
    let j = i + 1;
    while (units[j]?.kind === "caption") j++;
    const next = units[j];
    if (next?.kind === "jump" && next.direction === "to") return;
    if (unit.text === "") return;
    warn(
      ending === "colon"
        ? `Paragraph "${excerptEnd(unit.text)}" ends with a colon; kept apart from the next block.`
        : `Paragraph "${excerptEnd(unit.text)}" ends mid-sentence and nothing continues it.`,
      ending === "colon"
        ? `段落“${excerptEnd(unit.text)}”以冒号结尾，未与下一段合并，请核对。`
        : `段落“${excerptEnd(unit.text)}”在句中断开，没有找到接续的文字，请核对。`,
    );
  });
}

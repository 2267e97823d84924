// Second stage: read each block as units (text, byline, photo credit, jump) and pair captions with credits.
import { extractInlineCredit, parseCreditLine } from "./bylines";
import { parseDateline } from "./dateline";
import { extractInlineJumps, parseJumpLine } from "./jumps";
import { excerpt, isEditorsNote, isTitleLike } from "./text";
import type { TCaptionUnit, TTextUnit, TUnit, TWarn } from "./units";

// Page furniture (editor credits, running heads) that a dump may interleave with the stories.
const FURNITURE = [
  /^(?:责任编辑|责编|编辑|版式|美编|校对|组版|审校|值班编辑|版面设计|本版编辑)\s*[:：]/u,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]/u,
  // 版头: "第1版 要闻", "第01版：要闻", "A2版" — a page label, never a headline (jump lines are read earlier).
  /^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-Z]\d{1,2}\s*版)(?:\s*[:：]?\s*[\p{Script=Han}]{0,8})?$/u,
];

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line));
}

/** A line that stands on its own whatever block it is in: a jump, a byline or a photo credit. */
export function classifyStructuralLine(line: string): TUnit | null {
  const jump = parseJumpLine(line);
  if (jump) return { kind: "jump", direction: jump.direction, page: jump.page };
  const credit = parseCreditLine(line);
  if (credit?.kind === "credit") return { kind: "credit", bylines: credit.bylines, raw: line };
  if (credit) {
    return { kind: "byline", bylines: credit.bylines, byCommentator: credit.byCommentator, raw: line };
  }
  return null;
}

/** Cuts inline jumps and credits out of one text block and reads its dateline. */
export function readTextBlock(text: string): TUnit[] {
  const before: TUnit[] = [];
  const after: TUnit[] = [];
  const jumps = extractInlineJumps(text);
  if (jumps.from) before.push({ kind: "jump", direction: "from", page: jumps.from.page });
  if (jumps.to) after.push({ kind: "jump", direction: "to", page: jumps.to.page });
  let body = jumps.text;
  const credit = extractInlineCredit(body);
  if (credit) {
    body = credit.text;
    after.unshift({ kind: "credit", bylines: credit.bylines, raw: "" });
  }
  const dateline = parseDateline(body);
  const glued = dateline ? null : gluedTitle(body);
  if (glued) return [...before, { kind: "text", text: glued.title, dateline: null, gluedTitle: true }, ...readTextBlock(glued.rest), ...after];
  const unit: TTextUnit = { kind: "text", text: dateline ? dateline.lead : body, dateline };
  const keep = unit.text !== "" || dateline !== null;
  return [...before, ...(keep ? [unit] : []), ...after];
}

const GLUED_TITLE = /^【([^【】]{1,30})】\s*(\S.*)$/u;

/**
 * "【太谷】全县新建…" / "【全市召开供暖会议】本报讯…": a short item's headline set in 【】 at the start of
 * its paragraph, as briefs columns print them. Not an editor's note (【编者按】), and the rest must be prose.
 */
function gluedTitle(text: string): { title: string; rest: string } | null {
  const m = GLUED_TITLE.exec(text);
  const title = m?.[1]?.trim();
  const rest = m?.[2];
  if (title === undefined || rest === undefined || isEditorsNote(title) || !isTitleLike(title)) return null;
  if (parseDateline(rest) === null && isTitleLike(rest)) return null;
  return { title, rest };
}

/**
 * One block as units. The seed has one line per block, but a dump may also keep several printed
 * lines in a block: stacked title lines (all short, at most three) stay separate lines, anything
 * else is one wrapped paragraph and is concatenated with no separator, as Chinese is set. Jump,
 * byline and credit lines, and a line opening with a 电头, always stand apart.
 */
export function blockToUnits(lines: string[], warn: TWarn): TUnit[] {
  const units: TUnit[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const stacked = run.length > 1 && run.length <= 3 && run.every((l) => isTitleLike(l));
    const texts = run.length === 1 || stacked ? run : [run.join("")];
    for (const t of texts) units.push(...readTextBlock(t));
    run = [];
  };
  for (const line of lines) {
    if (isFurniture(line)) {
      warn(`Dropped page furniture line "${excerpt(line)}".`, `已删除版面信息行“${excerpt(line)}”。`);
      continue;
    }
    const structural = classifyStructuralLine(line);
    if (structural) {
      flush();
      units.push(structural);
      continue;
    }
    if (parseDateline(line)) flush();
    run.push(line);
  }
  flush();
  return units;
}

/**
 * Pairs each photo credit with the text block printed just before it (its caption). A credit with
 * no text before it keeps a null caption.
 */
export function pairCaptions(units: TUnit[]): TUnit[] {
  const out: TUnit[] = [];
  for (const unit of units) {
    if (unit.kind !== "credit") {
      out.push(unit);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev?.kind === "caption") {
      prev.credits.push(...unit.bylines);
    } else if (prev?.kind === "text") {
      const caption: TCaptionUnit = {
        kind: "caption",
        text: prev.text,
        dateline: prev.dateline,
        credits: [...unit.bylines],
      };
      out[out.length - 1] = caption;
    } else {
      out.push({ kind: "caption", text: null, dateline: null, credits: [...unit.bylines] });
    }
  }
  return out;
}

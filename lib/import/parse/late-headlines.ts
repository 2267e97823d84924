// Fifth stage: give a headline printed after its body (reading order of a PDF dump) that body.

import { isPhotoOnly, type TStoryDraft } from "./drafts";
import { excerpt } from "./text";
import type { TWarn } from "./units";

function isWaitingForBody(draft: TStoryDraft): boolean {
  return draft.titleLines.length > 0 && !draft.body.some((b) => b.kind !== "signature" && !(b.kind === "jump" && b.direction === "to"));
}

/** A lone title line with no byline, no 电头 and no jump: as likely a banner as a headline. */
function hasWeakTitle(draft: TStoryDraft): boolean {
  return (
    draft.titleLines.length === 1 &&
    draft.groupBylines.length === 0 &&
    !draft.body.some((b) => (b.kind === "paragraph" && b.dateline) || (b.kind === "jump" && b.direction === "from"))
  );
}

/**
 * Reading order can put a headline after its own body (the seed's story 2: banner, paragraphs,
 * subhead, paragraphs, 下转, and only then 主题/副题/byline). Rule: a title group with no body of
 * its own (the next thing is another title group or the page end) takes the body printed right
 * before it that has no title of its own:
 * - an untitled body run (e.g. after the previous story's 下转 line) is taken whole;
 * - a story titled by a single bare line (no byline, 电头 or jump) is taken whole, its line
 *   becoming the banner above the late headline;
 * - otherwise the previous story is split at its first in-body title run that follows at least
 *   one paragraph: a story keeps its lead, and the run above the body is the late story's banner
 *   (栏目) rather than a 小标题.
 * Each use is reported in the warnings, since it is a guess about layout.
 */
export function resolveHeadlinesAfterBody(drafts: TStoryDraft[], warn: TWarn): TStoryDraft[] {
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const orphan = out[i];
    if (orphan === undefined || !isWaitingForBody(orphan)) continue;
    let d = i - 1;
    while (d >= 0 && out[d] !== undefined && isPhotoOnly(out[d] as TStoryDraft)) d--;
    const donor = out[d];
    const headline = excerpt(orphan.titleLines.join(" "));
    if (donor === undefined) {
      warn(`Headline "${headline}" has no body.`, `标题“${headline}”下没有找到正文，请核对。`);
      continue;
    }
    if (donor.titleLines.length === 0 || hasWeakTitle(donor)) {
      orphan.body = [...donor.body, ...orphan.body];
      orphan.bannerLines = donor.titleLines;
      orphan.groupBylines = [...donor.groupBylines, ...orphan.groupBylines];
      orphan.byCommentator ||= donor.byCommentator;
      out.splice(d, 1);
      i--;
      warn(`Headline "${headline}" was printed after its body; joined them.`, `标题“${headline}”在原文中排在正文之后，已与前面的正文合并，请核对。`);
      continue;
    }
    const split = donor.body.findIndex((b, k) => b.kind === "subhead" && donor.body.slice(0, k).some((p) => p.kind === "paragraph"));
    const banner = donor.body[split];
    if (banner?.kind !== "subhead") {
      warn(`Headline "${headline}" has no body.`, `标题“${headline}”下没有找到正文，请核对。`);
      continue;
    }
    const moved = donor.body.splice(split);
    orphan.body = [...moved.slice(1), ...orphan.body];
    orphan.bannerLines = banner.lines;
    warn(
      `Headline "${headline}" was printed after its body; took the text from "${excerpt(banner.lines.join(" "))}" on as its body.`,
      `标题“${headline}”在原文中排在正文之后，已把“${excerpt(banner.lines.join(" "))}”以下的文字作为它的正文，请核对。`,
    );
  }
  return out;
}

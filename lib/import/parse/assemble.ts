// Fourth stage: group the unit stream into story drafts, then give headlines printed after their body that body.
import type { TParsedByline } from "../types";
import type { TDateline } from "./dateline";
import { isProse } from "./join";
import type { TJumpDirection } from "./jumps";
import { excerpt } from "./text";
import type { TCaptionUnit, TUnit, TWarn } from "./units";

export interface TPhotoDraft {
  titleLines: string[];
  caption: string | null;
  dateline: TDateline | null;
  credits: TParsedByline[];
}

export type TBodyItem =
  | { kind: "paragraph"; text: string; dateline: TDateline | null }
  | { kind: "subhead"; lines: string[] }
  | { kind: "jump"; direction: TJumpDirection; page: number }
  | { kind: "photo"; photo: TPhotoDraft }
  /** A byline line printed inside or after the body (a signature). */
  | { kind: "signature"; bylines: TParsedByline[]; byCommentator: boolean };

export interface TStoryDraft {
  titleLines: string[];
  /** Byline lines printed under the titles. */
  groupBylines: TParsedByline[];
  byCommentator: boolean;
  body: TBodyItem[];
  /** Title lines printed above a body whose headline came later in the dump (see resolveHeadlinesAfterBody). */
  bannerLines: string[];
}

function newDraft(titleLines: string[] = []): TStoryDraft {
  return { titleLines, groupBylines: [], byCommentator: false, body: [], bannerLines: [] };
}

export function hasText(body: TBodyItem[]): boolean {
  return body.some((b) => b.kind === "paragraph" || b.kind === "subhead");
}

function isPhotoOnly(draft: TStoryDraft): boolean {
  return draft.titleLines.length === 0 && draft.body.length > 0 && draft.body.every((b) => b.kind === "photo");
}

function photoOf(caption: TCaptionUnit, titleLines: string[]): TPhotoDraft {
  return { titleLines, caption: caption.text, dateline: caption.dateline, credits: caption.credits };
}

/**
 * Groups units into stories in print order. A run of title lines starts a new story when it is
 * followed by a byline line, a 电头 lead or a 上接 jump, when no story is open (page start, or
 * the previous story ended at its 下转 line), or when nothing follows it. Otherwise it sits
 * between paragraphs of the open story and is a 小标题; consecutive title lines form one subhead.
 * A caption (text + 摄 credit) is a photo of its own; inside an open story it is kept in the
 * body so that it is emitted right after that story. A second 电头 in one body starts an
 * untitled story, since one story has one dateline.
 */
export function segmentStories(units: TUnit[], warn: TWarn): TStoryDraft[] {
  const drafts: TStoryDraft[] = [];
  let cur: TStoryDraft | null = null;
  const open = (titleLines: string[] = []): TStoryDraft => {
    const draft = newDraft(titleLines);
    drafts.push(draft);
    cur = draft;
    return draft;
  };
  // Read through a function: TypeScript does not see the assignments made inside open().
  const current = (): TStoryDraft | null => cur;
  const addPhoto = (photo: TPhotoDraft) => {
    const story = current();
    if (story) story.body.push({ kind: "photo", photo });
    else drafts.push({ ...newDraft(), body: [{ kind: "photo", photo }] });
  };

  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (unit === undefined) break;
    const story = current();
    switch (unit.kind) {
      case "text": {
        if (unit.dateline) {
          let target = story ?? open();
          if (hasText(target.body)) {
            warn(
              `A second 电头 ("${unit.dateline.dateline}") without a headline starts an untitled story "${excerpt(unit.text)}".`,
              `正文中出现第二个电头“${unit.dateline.dateline}”且没有标题，已作为一篇无标题稿件，请核对。`,
            );
            target = open();
          }
          target.body.push({ kind: "paragraph", text: unit.text, dateline: unit.dateline });
          i++;
          break;
        }
        if (isProse(unit)) {
          (story ?? open()).body.push({ kind: "paragraph", text: unit.text, dateline: null });
          i++;
          break;
        }
        const lines: string[] = [];
        let j = i;
        for (let u = units[j]; u?.kind === "text" && u.dateline === null && !isProse(u); u = units[++j]) {
          lines.push(u.text);
        }
        const bylines: TParsedByline[] = [];
        let byCommentator = false;
        for (let u = units[j]; u?.kind === "byline"; u = units[++j]) {
          bylines.push(...u.bylines);
          byCommentator ||= u.byCommentator;
        }
        const next = units[j];
        if (bylines.length === 0 && next?.kind === "caption") {
          addPhoto(photoOf(next, lines));
          i = j + 1;
          break;
        }
        const startsStory =
          bylines.length > 0 ||
          story === null ||
          next === undefined ||
          (next.kind === "text" && next.dateline !== null) ||
          (next.kind === "jump" && next.direction === "from");
        if (startsStory) {
          const draft = open(lines);
          draft.groupBylines = bylines;
          draft.byCommentator = byCommentator;
        } else if (next.kind === "jump" || next.kind === "byline") {
          // Short lines right before a 下转 or a signature end the body; they are prose, not subheads.
          for (const line of lines) story.body.push({ kind: "paragraph", text: line, dateline: null });
        } else {
          story.body.push({ kind: "subhead", lines });
        }
        i = j;
        break;
      }
      case "byline": {
        if (story) {
          story.body.push({ kind: "signature", bylines: unit.bylines, byCommentator: unit.byCommentator });
        } else {
          const draft = open();
          draft.groupBylines = unit.bylines;
          draft.byCommentator = unit.byCommentator;
        }
        i++;
        break;
      }
      case "jump": {
        if (unit.direction === "from") {
          // 上接 begins a part; a reprinted headline right before it is that part's title.
          const target = story && !hasText(story.body) ? story : open();
          target.body.push({ kind: "jump", direction: "from", page: unit.page });
        } else if (story) {
          // 下转 ends this story's part on the page.
          story.body.push({ kind: "jump", direction: "to", page: unit.page });
          cur = null;
        } else {
          warn(`Jump line to page ${unit.page} belongs to no story; ignored.`, `转版行“转第${unit.page}版”不属于任何稿件，已忽略。`);
        }
        i++;
        break;
      }
      case "caption": {
        addPhoto(photoOf(unit, []));
        i++;
        break;
      }
      case "credit": {
        // pairCaptions turns every credit into a caption; a stray one is kept as a photo anyway.
        addPhoto({ titleLines: [], caption: null, dateline: null, credits: unit.bylines });
        i++;
        break;
      }
    }
  }
  return drafts;
}

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

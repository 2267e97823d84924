// Fourth stage: group the unit stream into story drafts, in print order.
import type { TParsedByline } from "../types";
import { hasText, newDraft, type TPhotoDraft, type TStoryDraft } from "./drafts";
import { isProse } from "./join";
import { photoOf, readPhotoRun } from "./photo-groups";
import { excerpt, isBriefsBanner, isEditorsNote, isPhotoDescription } from "./text";
import type { TUnit, TWarn } from "./units";

/** A titled story whose only text is one picture description (这是…, 图为…) with no 电头 or byline: a photo. */
function isUncreditedPhoto(draft: TStoryDraft): boolean {
  const paragraphs = draft.body.filter((b) => b.kind === "paragraph");
  const only = paragraphs[0];
  return (
    draft.titleLines.length > 0 &&
    draft.groupBylines.length === 0 &&
    draft.body.length === 1 &&
    only?.kind === "paragraph" &&
    only.dateline === null &&
    isPhotoDescription(only.text)
  );
}

/** Whether a unit opens a title group (a title line or a byline line), so a note above it introduces that story. */
function opensTitle(unit: TUnit | undefined): boolean {
  return unit?.kind === "byline" || (unit?.kind === "text" && unit.dateline === null && !isProse(unit));
}

/**
 * Groups units into stories in print order. A run of title lines starts a new story when it is
 * followed by a byline line, a 电头 lead or a 上接 jump, when no story is open (page start, or
 * the previous story ended at its 下转 line), or when nothing follows it. Otherwise it sits
 * between paragraphs of the open story and is a 小标题; consecutive title lines form one subhead.
 * Two kinds of open story end at the next title line instead: an item under a briefs banner
 * (要闻简报: each short item is a story with the banner as its 栏目) and a titled picture
 * description with no credit (a photo). A sentence-long line the join stage marked as a subhead
 * stays a 小标题. An editor's note (编者按) printed above a title group opens the story it
 * introduces. A caption (text + 摄 credit) is a photo of its own (title lines over captions: see
 * readPhotoRun); inside an open story it is kept in the body so that it is emitted right after
 * that story. A second 电头 in one body starts an untitled story, since one story has one dateline.
 */
export function segmentStories(units: TUnit[], warn: TWarn): TStoryDraft[] {
  const drafts: TStoryDraft[] = [];
  let cur: TStoryDraft | null = null;
  // The banner of the briefs section the open story belongs to.
  let briefs: string[] | null = null;
  let note: string | null = null;
  const open = (titleLines: string[] = []): TStoryDraft => {
    const draft = newDraft(titleLines);
    if (note !== null) draft.body.push({ kind: "paragraph", text: note, dateline: null });
    note = null;
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
            if (briefs) target.bannerLines = briefs;
          }
          target.body.push({ kind: "paragraph", text: unit.text, dateline: unit.dateline });
          i++;
          break;
        }
        if (isProse(unit)) {
          if (isEditorsNote(unit.text) && opensTitle(units[i + 1])) {
            note = unit.text;
          } else if (unit.sentenceSubhead && story && hasText(story.body)) {
            story.body.push({ kind: "subhead", lines: [unit.text] });
            warn(`Read the sentence "${excerpt(unit.text)}" as a subhead.`, `已把整句“${excerpt(unit.text)}”读作小标题，请核对。`);
          } else {
            (story ?? open()).body.push({ kind: "paragraph", text: unit.text, dateline: null });
          }
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
          const run = readPhotoRun(lines, units, j);
          for (const photo of run.photos) addPhoto(photo);
          i = run.next;
          break;
        }
        // An item of a briefs column: under a briefs banner, or titled in 【】 at the start of its paragraph.
        const item = (briefs !== null || (unit.gluedTitle ?? false)) && lines.length <= 2 && next?.kind === "text";
        const startsStory =
          bylines.length > 0 ||
          story === null ||
          next === undefined ||
          (next.kind === "text" && next.dateline !== null) ||
          (next.kind === "jump" && next.direction === "from") ||
          item ||
          isUncreditedPhoto(story) ||
          // A title over a picture description (图为…) is an uncredited photo, even below another story.
          (next.kind === "text" && lines.length <= 2 && isPhotoDescription(next.text));
        if (startsStory) {
          const draft = open(lines);
          draft.groupBylines = bylines;
          draft.byCommentator = byCommentator;
          const [top = ""] = lines;
          if (lines.length > 1 && isBriefsBanner(top)) briefs = [top];
          else if (item && briefs) draft.bannerLines = briefs;
          else briefs = null;
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
          briefs = null;
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
        addPhoto({ titleLines: [], bannerLines: [], captions: [], dateline: null, credits: unit.bylines });
        i++;
        break;
      }
    }
  }
  if (note !== null) (current() ?? open()).body.push({ kind: "paragraph", text: note, dateline: null });
  return drafts;
}

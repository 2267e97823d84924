// Title lines over photo captions: one titled photo, a numbered photo group, or a banner over several photos.
import type { TPhotoDraft } from "./drafts";
import type { TCaptionUnit, TUnit } from "./units";

// 1、… 2、…, (1)…, ①…: the captions of one photo group under one title.
const NUMBERED = /^\s*(?:[0-9０-９]{1,2}\s*[、.．]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[①-⑳])/u;
// A line that announces a photo page or set rather than titling one picture.
const PHOTO_BANNER = /摄影报道|图片新闻|图片报道|组图|影像|图说|镜头/u;

export function photoOf(caption: TCaptionUnit, titleLines: string[]): TPhotoDraft {
  return { titleLines, bannerLines: [], captions: caption.text === null ? [] : [caption.text], dateline: caption.dateline, credits: caption.credits };
}

/**
 * Reads the captions that follow title lines (from `start`). Numbered captions (1、… 2、…) are one
 * photo group under the title, with every photographer credited; several unnumbered captions, or
 * any captions under a photo banner (摄影报道, 图片新闻), are photos of their own with the lines
 * as their banner (栏目) and no headline; a single caption under a title is a titled photo.
 * Returns the photos and the index of the first unit after them.
 */
export function readPhotoRun(lines: string[], units: TUnit[], start: number): { photos: TPhotoDraft[]; next: number } {
  const captions: TCaptionUnit[] = [];
  let next = start;
  for (let u = units[next]; u?.kind === "caption"; u = units[++next]) captions.push(u);
  const [first] = captions;
  if (first === undefined) return { photos: [], next: start };

  if (captions.length > 1 && captions.every((c) => c.text !== null && NUMBERED.test(c.text))) {
    return {
      photos: [
        {
          titleLines: lines,
          bannerLines: [],
          captions: captions.flatMap((c) => (c.text === null ? [] : [c.text])),
          dateline: first.dateline,
          credits: captions.flatMap((c) => c.credits),
        },
      ],
      next,
    };
  }
  if (captions.length > 1 || PHOTO_BANNER.test(lines.join(""))) {
    return { photos: captions.map((c) => ({ ...photoOf(c, []), bannerLines: lines })), next };
  }
  return { photos: [photoOf(first, lines)], next: start + 1 };
}

// Last stage: turn a story draft (and the photos printed inside it) into the output contract.
import type { TParsedArticle, TParsedBlock, TParsedByline } from "../types";
import { dedupeBylines } from "./bylines";
import { hasText, type TBodyItem, type TPhotoDraft, type TStoryDraft } from "./drafts";
import { decideKind } from "./kind";
import { endsWithDash, excerpt, isEditorsNote, isPhotoDescription } from "./text";
import { parseTitleLines, type TTitleFollower } from "./titles";
import type { TWarn } from "./units";

// Notices a paper prints without byline or 电头: 更正, 启事, 声明.
const NOTICE = /^(?:更正|更正启事|更正声明|致歉声明|致歉|启事|声明|公告|通告)$/u;

interface TArticleSource {
  titleLines: string[];
  bannerLines: string[];
  groupBylines: TParsedByline[];
  byCommentator: boolean;
  body: TBodyItem[];
  photoCredits: TParsedByline[];
  isCaption: boolean;
}

function photoSource(photo: TPhotoDraft): TArticleSource {
  return {
    titleLines: photo.titleLines,
    bannerLines: photo.bannerLines,
    groupBylines: [],
    byCommentator: false,
    body: photo.captions.map((text, k) => ({ kind: "paragraph" as const, text, dateline: k === 0 ? photo.dateline : null })),
    photoCredits: photo.credits,
    isCaption: true,
  };
}

function follower(source: TArticleSource): TTitleFollower {
  if (source.groupBylines.length > 0) return "byline";
  const first = source.body.find((b) => (b.kind === "paragraph" && !isEditorsNote(b.text)) || b.kind === "subhead");
  if (first === undefined) return "none";
  return first.kind === "paragraph" && first.dateline ? "dateline" : "body";
}

function buildArticle(source: TArticleSource, warn: TWarn): TParsedArticle {
  const titles = parseTitleLines(source.titleLines, follower(source), warn);
  const blocks: TParsedBlock[] = [];

  // Lines printed above a late headline's body fill the banner slots the title group left empty.
  const banner = [...source.bannerLines];
  const lastBanner = banner[banner.length - 1];
  if (titles.kicker === null && lastBanner !== undefined && endsWithDash(lastBanner)) {
    titles.kicker = lastBanner;
    banner.pop();
  }
  if (banner.length > 0) {
    if (titles.column === null) titles.column = banner.join(" ");
    else blocks.push({ type: "subhead", text: banner.join(" ") });
  }

  const datelined = source.body.find((b) => b.kind === "paragraph" && b.dateline !== null);
  const dateline = datelined?.kind === "paragraph" ? datelined.dateline : null;
  let byCommentator = source.byCommentator || (dateline?.byCommentator ?? false);
  const signatures: TParsedByline[] = [];
  const jumpsTo: number[] = [];
  const jumpsFrom: number[] = [];
  for (const item of source.body) {
    if (item.kind === "paragraph" && item.text !== "") blocks.push({ type: "paragraph", text: item.text });
    else if (item.kind === "subhead") blocks.push({ type: "subhead", text: item.lines.join(" ") });
    else if (item.kind === "jump") (item.direction === "to" ? jumpsTo : jumpsFrom).push(item.page);
    else if (item.kind === "signature") {
      signatures.push(...item.bylines);
      byCommentator ||= item.byCommentator;
    }
  }

  const headline = titles.headline ?? "";
  const bylines = dedupeBylines([...source.groupBylines, ...(dateline?.bylines ?? []), ...signatures, ...source.photoCredits]);
  const paragraphs = blocks.filter((b) => b.type === "paragraph");
  const { kind, doubt } = decideKind({
    hasHeadline: headline !== "",
    hasDateline: dateline !== null,
    isCaption: source.isCaption,
    byCommentator,
    column: titles.column,
    bylines,
    isNotice: NOTICE.test(headline.replace(/\s/gu, "")),
    // A titled picture description with no credit (这是…, 图为…): a photo, not a news item.
    describesPhoto: paragraphs.length === 1 && blocks.length === 1 && isPhotoDescription(paragraphs[0]?.text ?? ""),
  });
  const label = headline !== "" ? `"${excerpt(headline)}"` : `untitled ${kind === "photo" ? "photo" : "story"} "${excerpt(blocks[0]?.text ?? "")}"`;
  if (headline === "" && kind !== "photo")
    warn(`Story ${label} has no headline${doubt ? `; ${doubt.en}` : ""}.`, `这篇稿件没有标题${doubt ? `；${doubt.zh}` : ""}。`);
  else if (doubt) warn(`Story ${label}: ${doubt.en}.`, `${doubt.zh}。`);
  if (kind === "photo" && !bylines.some((b) => b.role === "photographer")) {
    warn(`Story ${label}: a photo with no photographer credit.`, "图片没有摄影者署名，请补充。");
  }
  if (new Set(jumpsTo).size > 1) warn(`Story ${label} jumps to several pages; kept the first.`, "稿件转到多个版面，只保留了第一个。");
  if (new Set(jumpsFrom).size > 1) warn(`Story ${label} continues from several pages; kept the first.`, "稿件接自多个版面，只保留了第一个。");

  return {
    kind,
    column: titles.column,
    kicker: titles.kicker,
    headline,
    subheadline: titles.subheadline,
    dateline: dateline?.dateline ?? null,
    bylines,
    paragraphs: blocks.filter((b) => b.type === "paragraph").map((b) => b.text),
    subheads: blocks.filter((b) => b.type === "subhead").map((b) => b.text),
    blocks,
    jumpToPage: jumpsTo[0] ?? null,
    jumpFromPage: jumpsFrom[0] ?? null,
  };
}

/**
 * The story itself, then the photos printed inside it, in print order. A titled story whose only
 * content is one photo is that photo's title group (a titled 图片新闻).
 */
export function buildArticles(draft: TStoryDraft, warn: TWarn): TParsedArticle[] {
  const photos = draft.body.flatMap((b) => (b.kind === "photo" ? [b.photo] : []));
  const rest = draft.body.filter((b) => b.kind !== "photo");
  const hasOwnTitle = draft.titleLines.length > 0 || draft.groupBylines.length > 0;
  const [first, ...others] = photos;
  if (!hasText(rest) && first !== undefined) {
    const photoArticles = others.map((p) => buildArticle(photoSource(p), warn));
    if (!hasOwnTitle) return [buildArticle(photoSource(first), warn), ...photoArticles];
    const merged = photoSource(first);
    return [
      buildArticle(
        {
          ...merged,
          titleLines: draft.titleLines.length > 0 ? draft.titleLines : first.titleLines,
          bannerLines: draft.bannerLines,
          groupBylines: draft.groupBylines,
          byCommentator: draft.byCommentator,
          body: [...merged.body, ...rest],
        },
        warn,
      ),
      ...photoArticles,
    ];
  }
  const story = buildArticle(
    {
      titleLines: draft.titleLines,
      bannerLines: draft.bannerLines,
      groupBylines: draft.groupBylines,
      byCommentator: draft.byCommentator,
      body: rest,
      photoCredits: [],
      isCaption: false,
    },
    warn,
  );
  return [story, ...photos.map((p) => buildArticle(photoSource(p), warn))];
}

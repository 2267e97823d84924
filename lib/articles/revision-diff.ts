// Character-level differences between two versions of a story, field by field. Characters, not words:
// Chinese has no spaces to split on. Pure, so the editor's conflict view can use it in the browser too.
import { diffArrays } from "diff";
import type { TArticleContent } from "@/lib/content/article-content";
import { formatBylines, type TBylineLike } from "@/lib/content/format-byline";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TStoryDocument } from "@/lib/content/schema";
import { ARTICLE_KIND_LABELS } from "./kind-labels";

export interface TDiffSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface TFieldDiff {
  field: string;
  label: string;
  changed: boolean;
  segments: TDiffSegment[];
}

/** What two versions are compared on, whether they come from revisions or from the editor. */
export interface TComparableStory {
  kind: "news" | "feature" | "photo" | "commentary";
  columnName: string | null;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  bylines: readonly TBylineLike[];
  placement: string;
  body: TStoryDocument;
}

export function comparableFromContent(content: TArticleContent): TComparableStory {
  return {
    kind: content.kind,
    columnName: content.column?.name ?? null,
    kicker: content.kicker,
    headline: content.headline,
    subheadline: content.subheadline,
    dateline: content.dateline,
    bylines: content.bylines,
    placement: content.placement
      ? `${content.placement.issueDate} ${content.placement.parts.map((part) => `第${part.pageNumber}版${part.pageName ? ` ${part.pageName}` : ""}`).join(" → ")}`
      : "网络稿件（不见报）",
    body: content.body,
  };
}

export function comparableFields(story: TComparableStory): Array<{ field: string; label: string; text: string }> {
  return [
    { field: "kind", label: "体裁", text: ARTICLE_KIND_LABELS[story.kind] },
    { field: "column", label: "栏目", text: story.columnName ?? "" },
    { field: "kicker", label: "引题", text: story.kicker ?? "" },
    { field: "headline", label: "主题", text: story.headline },
    { field: "subheadline", label: "副题", text: story.subheadline ?? "" },
    { field: "dateline", label: "电头", text: story.dateline ?? "" },
    { field: "bylines", label: "署名", text: formatBylines(story.bylines) },
    { field: "placement", label: "版面", text: story.placement },
    { field: "body", label: "正文", text: documentPlainText(story.body) },
  ];
}

export function diffText(before: string, after: string): TDiffSegment[] {
  const segments: TDiffSegment[] = [];
  for (const change of diffArrays(Array.from(before), Array.from(after))) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const text = change.value.join("");
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += text;
    else if (text) segments.push({ kind, text });
  }
  return segments;
}

export function diffStories(before: TComparableStory, after: TComparableStory): TFieldDiff[] {
  const old = comparableFields(before);
  return comparableFields(after).map((field, index) => {
    const previous = old[index]?.text ?? "";
    return { field: field.field, label: field.label, changed: previous !== field.text, segments: diffText(previous, field.text) };
  });
}

export function diffContents(before: TArticleContent, after: TArticleContent): TFieldDiff[] {
  return diffStories(comparableFromContent(before), comparableFromContent(after));
}

// Character-level differences between two versions of a story, field by field. Characters, not words:
// Chinese has no spaces to split on.
import { diffArrays } from "diff";
import { formatBylines } from "@/lib/content/format-byline";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TArticleContent } from "./article-content";

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

const KIND_LABELS = { news: "消息", feature: "通讯", photo: "图片新闻", commentary: "评论" } as const;

/** The comparable text of each field, in the order an editor reads a story. */
export function comparableFields(content: TArticleContent): Array<{ field: string; label: string; text: string }> {
  const placement = content.placement
    ? `${content.placement.issueDate} ${content.placement.parts.map((part) => `第${part.pageNumber}版${part.pageName ? ` ${part.pageName}` : ""}`).join(" → ")}`
    : "网络稿件（不见报）";
  return [
    { field: "kind", label: "体裁", text: KIND_LABELS[content.kind] },
    { field: "column", label: "栏目", text: content.column?.name ?? "" },
    { field: "kicker", label: "引题", text: content.kicker ?? "" },
    { field: "headline", label: "主题", text: content.headline },
    { field: "subheadline", label: "副题", text: content.subheadline ?? "" },
    { field: "dateline", label: "电头", text: content.dateline ?? "" },
    { field: "bylines", label: "署名", text: formatBylines(content.bylines) },
    { field: "placement", label: "版面", text: placement },
    { field: "body", label: "正文", text: documentPlainText(content.body) },
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

export function diffContents(before: TArticleContent, after: TArticleContent): TFieldDiff[] {
  const old = comparableFields(before);
  return comparableFields(after).map((field, index) => {
    const previous = old[index]?.text ?? "";
    return { field: field.field, label: field.label, changed: previous !== field.text, segments: diffText(previous, field.text) };
  });
}

"use client";
// One block or field both editors changed: what it was, each side's change as a character diff against
// it, and the choice 用我的 / 用对方的 / 两者都保留 (the last only where keeping both makes sense).
import { FieldDiff } from "@/components/newsroom/field-diff";
import { ARTICLE_KIND_LABELS } from "@/lib/articles/kind-labels";
import { diffText } from "@/lib/articles/revision-diff";
import { formatBylines } from "@/lib/content/format-byline";
import type { TConflictChoice, TMergeConflict } from "@/lib/content/merge/types";
import { documentPlainText } from "@/lib/content/plain-text";
import type { TBlockNode } from "@/lib/content/schema";
import { fieldLabel } from "@/lib/newsroom-client/field-labels";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";
import { pageLabel, type TEditorChoices } from "./editor-choices";

const BLOCK_LABELS: Record<TBlockNode["type"], string> = {
  paragraph: "段落",
  subhead: "小标题",
  figure: "图片",
  jump: "转版",
  bulletList: "列表",
  orderedList: "列表",
  blockquote: "引文",
};

export const CHOICE_LABELS: Record<TConflictChoice, string> = { mine: "用我的", theirs: "用对方的", both: "两者都保留" };

function blocksText(blocks: readonly TBlockNode[]): string {
  return blocks.map((block) => (block.type === "jump" ? `下转第${block.attrs.toPage}版` : documentPlainText({ type: "doc", content: [block] }))).join("\n");
}

function valueText(conflict: TMergeConflict<TEditableDraft>, side: "base" | "mine" | "theirs", choices: TEditorChoices): string {
  if (conflict.kind === "block") return side === "base" ? blocksText([conflict.base]) : blocksText(conflict[side]);
  const value = conflict[side];
  switch (conflict.field) {
    case "kind":
      return ARTICLE_KIND_LABELS[value as TEditableDraft["kind"]];
    case "bylines":
      return formatBylines(value as TEditableDraft["bylines"]);
    case "sectionId":
      return choices.sections.find((section) => section.id === value)?.name ?? "";
    case "pageId":
      return pageLabel(choices, value as number | null);
    default:
      return (value as string | null) ?? "";
  }
}

export function conflictLabel(conflict: TMergeConflict<TEditableDraft>): string {
  if (conflict.kind === "field") return fieldLabel([conflict.field]) ?? conflict.field;
  const index = Number(conflict.id.replace("block-", "")) + 1;
  return `正文第 ${index} 块（${BLOCK_LABELS[conflict.base.type]}）`;
}

export function MergeConflictBlock({
  conflict,
  choices,
  choice,
  onChoose,
}: {
  conflict: TMergeConflict<TEditableDraft>;
  choices: TEditorChoices;
  choice: TConflictChoice | undefined;
  onChoose: (choice: TConflictChoice) => void;
}) {
  const label = conflictLabel(conflict);
  const base = valueText(conflict, "base", choices);
  const theirs = valueText(conflict, "theirs", choices);
  const mine = valueText(conflict, "mine", choices);
  const options: TConflictChoice[] = conflict.kind === "block" || conflict.field === "bylines" ? ["mine", "theirs", "both"] : ["mine", "theirs"];
  return (
    <li className="nr-merge-conflict" data-conflict={conflict.id}>
      <fieldset>
        <legend>{label}</legend>
        <FieldDiff
          emptyText=""
          fields={[
            { field: "theirs", label: theirs ? "对方改为" : "对方删除了这一块", changed: true, segments: diffText(base, theirs) },
            { field: "mine", label: mine ? "我改为" : "我删除了这一块", changed: true, segments: diffText(base, mine) },
          ]}
        />
        <div className="nr-actions" role="radiogroup" aria-label={`${label}：选择保留哪一方`}>
          {options.map((option) => (
            <label key={option}>
              <input type="radio" name={`merge-${conflict.id}`} value={option} checked={choice === option} onChange={() => onChoose(option)} />
              {CHOICE_LABELS[option]}
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

"use client";
// The story's metadata beside the body: 体裁, 栏目, 栏目分类, 见报版面 and the bylines.
import { KindOptions } from "@/components/newsroom/kind-options";
import { FIELD_LIMITS } from "@/lib/content/field-limits";
import { type TEditableDraft, ZArticleKind } from "@/lib/newsroom-client/schemas";
import { BylineFields } from "./byline-fields";
import { CountedInput } from "./counted-input";
import { type TEditorChoices, WEB_ONLY_LABEL } from "./editor-choices";

type TStoryField = Pick<TEditableDraft, "kind" | "columnName" | "sectionId" | "pageId" | "bylines">;

const idOrNull = (value: string): number | null => (value ? Number(value) : null);

export function StoryFields({ draft, choices, onChange }: { draft: TStoryField; choices: TEditorChoices; onChange: (patch: Partial<TStoryField>) => void }) {
  return (
    <>
      <div className="nr-card">
        <label>
          体裁
          <select
            value={draft.kind}
            onChange={(event) => {
              const kind = ZArticleKind.safeParse(event.target.value);
              if (kind.success) onChange({ kind: kind.data });
            }}
          >
            <KindOptions />
          </select>
        </label>
        <label>
          栏目
          <CountedInput
            list="columns"
            value={draft.columnName ?? ""}
            max={FIELD_LIMITS.columnName}
            placeholder="如：四中全会精神在基层"
            onChange={(event) => onChange({ columnName: event.target.value || null })}
          />
          <datalist id="columns">
            {choices.columns.map((column) => (
              <option key={column} value={column} />
            ))}
          </datalist>
        </label>
        <label>
          栏目分类
          <select value={draft.sectionId ?? ""} onChange={(event) => onChange({ sectionId: idOrNull(event.target.value) })}>
            <option value="">无</option>
            {choices.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          见报版面
          <select value={draft.pageId ?? ""} onChange={(event) => onChange({ pageId: idOrNull(event.target.value) })}>
            <option value="">{WEB_ONLY_LABEL}</option>
            {choices.pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BylineFields bylines={draft.bylines} contributors={choices.contributors} onChange={(bylines) => onChange({ bylines })} />
    </>
  );
}

"use client";
// 署名: pick contributors (suggested as you type, or a new name), each with a role and order.
import { ContributorCombobox, type TContributorSuggestion } from "@/components/newsroom/contributor-combobox";
import { FIELD_LIMITS } from "@/lib/content/field-limits";
import type { TBylineLike } from "@/lib/content/format-byline";
import { ZBylineRole } from "@/lib/newsroom-client/schemas";
import { NAME_MISSING } from "./draft-problems";

export interface TBylineDraft extends TBylineLike {
  contributorId: number | null;
}

export type TContributorChoice = TContributorSuggestion;

const ROLES = [
  ["reporter", "记者"],
  ["photographer", "摄影"],
  ["correspondent", "通讯员"],
] as const;

export function BylineFields({
  bylines,
  contributors,
  onChange,
}: {
  bylines: TBylineDraft[];
  contributors: TContributorChoice[];
  onChange: (next: TBylineDraft[]) => void;
}) {
  const update = (index: number, patch: Partial<TBylineDraft>) => onChange(bylines.map((byline, at) => (at === index ? { ...byline, ...patch } : byline)));
  const move = (index: number, by: number) => {
    const next = [...bylines];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="nr-card">
      <legend>署名</legend>
      {bylines.map((byline, index) => (
        <div className="nr-byline" key={index}>
          <ContributorCombobox
            label={`第${index + 1}位署名的姓名`}
            value={byline.name}
            contributorId={byline.contributorId}
            contributors={contributors}
            maxLength={FIELD_LIMITS.bylineName}
            // A typed name is found (same name and affiliation) or created on save; picking names the person.
            onType={(name) => update(index, { name, contributorId: null })}
            onPick={(contributor) =>
              update(index, {
                name: contributor.name,
                contributorId: contributor.id,
                affiliation: contributor.affiliation,
                role: contributor.defaultRole ?? byline.role,
              })
            }
          />
          {byline.name.trim() === "" && (
            // Autosave leaves this byline out until it has a name; an explicit save or publish asks for it.
            <span className="nr-field-error" style={{ color: "#b3261e", fontSize: "0.85rem" }} data-invalid-field={`bylines.${index}.name`}>
              署名 {index + 1}：{NAME_MISSING}
            </span>
          )}
          <select
            aria-label={`第${index + 1}位署名的角色`}
            value={byline.role}
            onChange={(event) => {
              const role = ZBylineRole.safeParse(event.target.value);
              if (role.success) update(index, { role: role.data });
            }}
          >
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <input
            aria-label={`第${index + 1}位署名的单位`}
            placeholder="单位如 本报"
            maxLength={FIELD_LIMITS.affiliation}
            value={byline.affiliation ?? ""}
            onChange={(event) => update(index, { affiliation: event.target.value || null })}
          />
          <span>
            <button type="button" disabled={index === 0} onClick={() => move(index, -1)} aria-label="上移">
              ↑
            </button>
            <button type="button" onClick={() => onChange(bylines.filter((_, at) => at !== index))} aria-label="删除此署名">
              ×
            </button>
          </span>
        </div>
      ))}
      <button
        type="button"
        className="nr-secondary"
        onClick={() => onChange([...bylines, { contributorId: null, name: "", role: "reporter", affiliation: "本报" }])}
      >
        添加署名
      </button>
    </fieldset>
  );
}

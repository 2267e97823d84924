"use client";
// 署名: pick contributors (or type a new name), each with a role and order.
import type { TBylineLike } from "@/lib/content/format-byline";
import { ZBylineRole } from "@/lib/newsroom-client/schemas";

export interface TBylineDraft extends TBylineLike {
  contributorId: number | null;
}

export interface TContributorChoice {
  id: number;
  name: string;
  affiliation: string | null;
}

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
      <datalist id="contributors">
        {contributors.map((contributor) => (
          <option key={contributor.id} value={contributor.name}>
            {contributor.affiliation ?? ""}
          </option>
        ))}
      </datalist>
      {bylines.map((byline, index) => (
        <div className="nr-byline" key={index}>
          <input
            aria-label={`第${index + 1}位署名的姓名`}
            list="contributors"
            value={byline.name}
            onChange={(event) => {
              const name = event.target.value;
              const match = contributors.find((contributor) => contributor.name === name);
              update(index, { name, contributorId: match?.id ?? null, affiliation: match ? match.affiliation : byline.affiliation });
            }}
          />
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

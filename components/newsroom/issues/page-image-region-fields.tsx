"use client";
// The regions as a list of numbers (percent of the image): the keyboard way to place, adjust and delete them.
import type { TEditorRegion, TRegionField } from "./page-image-regions";

const FIELDS: Array<{ field: TRegionField; label: string }> = [
  { field: "x", label: "左" },
  { field: "y", label: "上" },
  { field: "w", label: "宽" },
  { field: "h", label: "高" },
];

interface TProps {
  regions: Array<TEditorRegion & { name: string }>;
  onSet: (key: number, field: TRegionField, value: number) => void;
  onRemove: (key: number) => void;
  onAdd: () => void;
}

export function PageImageRegionFields({ regions, onSet, onRemove, onAdd }: TProps) {
  return (
    <div>
      {regions.length === 0 ? (
        <p className="nr-muted">还没有热区。</p>
      ) : (
        <ol aria-label="本版热区">
          {regions.map((region, index) => (
            <li key={region.key} data-region-key={region.key}>
              <strong>{region.name}</strong>{" "}
              {FIELDS.map(({ field, label }) => (
                <label key={field} style={{ display: "inline-flex", alignItems: "center", gap: "0.25rem", marginRight: "0.75rem" }}>
                  {label}
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={0.1}
                    style={{ width: "5rem" }}
                    aria-label={`热区 ${index + 1}《${region.name}》${label}（%）`}
                    // Keyed by the value so a drawn or clamped rectangle shows its new numbers.
                    key={`${field}-${region[field]}`}
                    defaultValue={Math.round(region[field] * 1000) / 10}
                    onBlur={(event) => onSet(region.key, field, Number(event.target.value) / 100)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") onSet(region.key, field, Number(event.currentTarget.value) / 100);
                    }}
                  />
                  %
                </label>
              ))}
              <button type="button" className="nr-secondary" onClick={() => onRemove(region.key)} aria-label={`删除热区 ${index + 1}《${region.name}》`}>
                删除
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="nr-secondary" onClick={onAdd}>
        添加热区（当前稿件）
      </button>
    </div>
  );
}

"use client";
// The headline block as print sets it: 引题 above, 主题, 副题 below, and the 电头 that opens the story.
import { FIELD_LIMITS } from "@/lib/content/field-limits";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";
import { CountedInput } from "./counted-input";

type THeadlinePart = Pick<TEditableDraft, "kicker" | "headline" | "subheadline" | "dateline">;

export function HeadlineFields({ draft, onChange }: { draft: THeadlinePart; onChange: (patch: Partial<THeadlinePart>) => void }) {
  return (
    <div className="nr-card">
      <label>
        引题
        <CountedInput value={draft.kicker ?? ""} max={FIELD_LIMITS.kicker} onChange={(event) => onChange({ kicker: event.target.value || null })} />
      </label>
      <label>
        主题
        <CountedInput
          value={draft.headline}
          max={FIELD_LIMITS.headline}
          onChange={(event) => onChange({ headline: event.target.value })}
          style={{ fontSize: "1.3rem", fontWeight: 600 }}
        />
      </label>
      <label>
        副题
        <CountedInput
          value={draft.subheadline ?? ""}
          max={FIELD_LIMITS.subheadline}
          onChange={(event) => onChange({ subheadline: event.target.value || null })}
        />
      </label>
      <label>
        电头
        <CountedInput
          value={draft.dateline ?? ""}
          max={FIELD_LIMITS.dateline}
          placeholder="如：本报讯"
          onChange={(event) => onChange({ dateline: event.target.value || null })}
        />
      </label>
    </div>
  );
}

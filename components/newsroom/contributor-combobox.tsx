"use client";
// 署名 name field that suggests existing contributors as you type (by name or pinyin initials), following
// the ARIA combobox pattern: arrows move through the list, Enter picks, Escape closes. People with the same
// name are told apart by affiliation. A name nobody has yet becomes a new contributor on save.
import { useId, useState } from "react";
import type { TBylineRole } from "@/lib/content/kinds";
import { nameMatches } from "@/lib/contributors/pinyin-initials";
import { BYLINE_ROLE_LABELS } from "./byline-role-labels";

export interface TContributorSuggestion {
  id: number;
  name: string;
  affiliation: string | null;
  defaultRole?: TBylineRole;
}

const MAX_SUGGESTIONS = 8;

export function ContributorCombobox({
  label,
  value,
  contributorId,
  contributors,
  onType,
  onPick,
  maxLength,
}: {
  label: string;
  /** Where the field stops, as the command that stores the name would refuse more. */
  maxLength?: number;
  value: string;
  contributorId: number | null;
  contributors: readonly TContributorSuggestion[];
  onType: (name: string) => void;
  onPick: (contributor: TContributorSuggestion) => void;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = value.trim() ? contributors.filter((contributor) => nameMatches(contributor.name, value)).slice(0, MAX_SUGGESTIONS) : [];
  const expanded = open && suggestions.length > 0;
  const pick = (contributor: TContributorSuggestion) => {
    onPick(contributor);
    setOpen(false);
    setActive(-1);
  };
  const known = contributorId !== null || contributors.some((contributor) => contributor.name === value.trim());
  const hint = !value.trim() || known ? null : suggestions.length > 0 ? "可从列表中选择已有署名人" : "新署名人：保存时新建";

  return (
    <span style={{ position: "relative", display: "inline-block" }}>
      <input
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={maxLength}
        value={value}
        onChange={(event) => {
          onType(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
            if (suggestions.length === 0) return;
            const step = event.key === "ArrowDown" ? 1 : -1;
            setActive((current) => (current + step + suggestions.length) % suggestions.length);
          } else if (event.key === "Enter" && expanded && active >= 0) {
            event.preventDefault();
            const chosen = suggestions[active];
            if (chosen) pick(chosen);
          } else if (event.key === "Escape" && expanded) {
            event.preventDefault();
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`${label}的候选`}
        hidden={!expanded}
        style={{
          position: "absolute",
          zIndex: 10,
          left: 0,
          minWidth: "14rem",
          margin: 0,
          padding: 0,
          background: "#fff",
          border: "1px solid #999",
        }}
      >
        {suggestions.map((contributor, index) => (
          <div
            key={contributor.id}
            tabIndex={-1}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              // Keep focus in the input so blur does not close the list before the pick.
              event.preventDefault();
              pick(contributor);
            }}
            style={{ padding: "0.25rem 0.5rem", cursor: "pointer", background: index === active ? "#e8f0fe" : undefined }}
          >
            {contributor.name}
            <span className="nr-muted">
              {" "}
              （{contributor.affiliation ?? "无单位"}
              {contributor.defaultRole ? ` · ${BYLINE_ROLE_LABELS[contributor.defaultRole]}` : ""}）
            </span>
          </div>
        ))}
      </div>
      {hint && (
        <span className="nr-muted" aria-live="polite" style={{ fontSize: "0.8rem", display: "block" }}>
          {hint}
        </span>
      )}
    </span>
  );
}

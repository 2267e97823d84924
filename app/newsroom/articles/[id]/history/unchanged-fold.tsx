"use client";
// A run of unchanged paragraphs in the history's comparison, folded to one line ("N 段未改动") until asked for.
import { useId, useState } from "react";

export function UnchangedFold({ paragraphs }: { paragraphs: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const contentId = useId();
  return (
    <span className="nr-diff-fold" data-testid="unchanged-fold">
      <button type="button" className="nr-diff-fold-toggle" aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
        {paragraphs.length} 段未改动{open ? "（收起）" : "（展开）"}
      </button>
      <span id={contentId} hidden={!open} className="nr-diff-fold-text">
        {`\n${paragraphs.join("\n")}`}
      </span>
    </span>
  );
}

import { describe, expect, it } from "vitest";
import { diffText } from "@/lib/articles/revision-diff";
import { shouldCoalesceRevision } from "@/lib/articles/revision-policy";
import { editorialStatus } from "@/lib/articles/status";

describe("character-level diff", () => {
  it("finds changed Chinese characters without splitting on spaces", () => {
    expect(diffText("家门口的幸福“食”光", "家门口的幸福食光越来越香")).toEqual([
      { kind: "same", text: "家门口的幸福" },
      { kind: "removed", text: "“" },
      { kind: "same", text: "食" },
      { kind: "removed", text: "”" },
      { kind: "same", text: "光" },
      { kind: "added", text: "越来越香" },
    ]);
  });

  it("keeps characters outside the BMP whole", () => {
    expect(diffText("𠮷野家", "吉野家")).toEqual([
      { kind: "removed", text: "𠮷" },
      { kind: "added", text: "吉" },
      { kind: "same", text: "野家" },
    ]);
  });
});

describe("revision history policy", () => {
  const at = (minutes: number) => new Date(Date.UTC(2025, 11, 20, 8, minutes));
  it("folds autosaves by the same editor within ten minutes", () => {
    const latest = { reason: "autosave", authorId: "u1", createdAt: at(0) };
    expect(shouldCoalesceRevision(latest, { reason: "autosave", authorId: "u1" }, at(9))).toBe(true);
    expect(shouldCoalesceRevision(latest, { reason: "autosave", authorId: "u1" }, at(11))).toBe(false);
    expect(shouldCoalesceRevision(latest, { reason: "autosave", authorId: "u2" }, at(1))).toBe(false);
    expect(shouldCoalesceRevision(latest, { reason: "save", authorId: "u1" }, at(1))).toBe(false);
    expect(shouldCoalesceRevision({ ...latest, reason: "publish" }, { reason: "autosave", authorId: "u1" }, at(1))).toBe(false);
    expect(shouldCoalesceRevision(null, { reason: "autosave", authorId: "u1" }, at(1))).toBe(false);
  });
});

describe("editorial status", () => {
  it("tells draft, published and published-with-unpublished-changes apart", () => {
    expect(editorialStatus({ version: 3, liveSnapshot: null })).toBe("draft");
    expect(editorialStatus({ version: 3, liveSnapshot: { version: 3 } })).toBe("published");
    expect(editorialStatus({ version: 4, liveSnapshot: { version: 3 } })).toBe("changed");
  });
});

import { describe, expect, it } from "vitest";
import { highlightParts, snippetParts } from "@/lib/search/highlight";

const marked = (parts: Array<{ text: string; hit: boolean }>) => parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join("");

describe("highlighting", () => {
  it("marks matches the way the index finds them: width, case and quotes ignored, original text kept", () => {
    expect(marked(highlightParts("晋中特色产品亮相2025世界绿发会", ["２０２５世界"]))).toBe("晋中特色产品亮相[2025世界]绿发会");
    expect(marked(highlightParts("竞逐“北斗”新赛道", ["北斗新赛道"]))).toBe("竞逐“[北斗”新赛道]");
    expect(marked(highlightParts("参保人数达92.03万人,城乡", ["92.03万人"]))).toBe("参保人数达[92.03万人],城乡");
    expect(marked(highlightParts("ＡＩ助手与AI", ["ai"]))).toBe("[ＡＩ]助手与[AI]");
  });

  it("returns text, never markup: angle brackets stay text for React to escape", () => {
    const parts = highlightParts("<script>晋中</script>", ["晋中"]);
    expect(parts).toEqual([
      { text: "<script>", hit: false },
      { text: "晋中", hit: true },
      { text: "</script>", hit: false },
    ]);
  });

  it("cuts a snippet around the first match", () => {
    const text = `${"前文".repeat(100)}耿新洲摄${"后文".repeat(100)}`;
    const parts = snippetParts(text, ["耿新洲"], 40);
    expect(parts[0]).toEqual({ text: "…", hit: false });
    expect(parts.at(-1)).toEqual({ text: "…", hit: false });
    expect(parts.some((part) => part.hit && part.text === "耿新洲")).toBe(true);
    expect(parts.map((part) => part.text).join("").length).toBeLessThanOrEqual(42);
  });
});

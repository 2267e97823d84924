import { describe, expect, it } from "vitest";
import { decideKind, type TKindFacts } from "@/lib/import/parse/kind";

const base: TKindFacts = { hasHeadline: true, hasDateline: false, isCaption: false, byCommentator: false, column: null, bylines: [] };
const reporter = { name: "雷甫", role: "reporter", affiliation: "本报" } as const;
const photographer = { name: "耿新洲", role: "photographer", affiliation: "本报" } as const;

describe("decideKind", () => {
  it("a 电头 makes news", () => {
    expect(decideKind({ ...base, hasDateline: true, bylines: [reporter] })).toEqual({ kind: "news", doubt: null });
  });

  it("a caption credited to a photographer is a photo", () => {
    expect(decideKind({ ...base, hasHeadline: false, isCaption: true, bylines: [photographer] }).kind).toBe("photo");
  });

  it("a 评论员 signature or a commentary column makes commentary", () => {
    expect(decideKind({ ...base, byCommentator: true }).kind).toBe("commentary");
    expect(decideKind({ ...base, column: "晋中时评", bylines: [reporter] }).kind).toBe("commentary");
    expect(decideKind({ ...base, column: "基层观察", bylines: [reporter] }).kind).toBe("commentary");
  });

  it("a titled story with a byline and no 电头 is a feature", () => {
    expect(decideKind({ ...base, column: "四中全会精神在基层", bylines: [reporter] })).toEqual({ kind: "feature", doubt: null });
  });

  it("a titled story with neither byline nor 电头 is news, with a doubt", () => {
    const r = decideKind(base);
    expect(r.kind).toBe("news");
    expect(r.doubt).not.toBeNull();
  });
});

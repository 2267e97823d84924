import { describe, expect, it } from "vitest";
import { buildTsquery, queryTerms, searchTokens, termToTsquery } from "@/lib/search/tokens";

describe("search tokens", () => {
  it("cut CJK runs into overlapping pairs plus the last character, ASCII runs into words", () => {
    expect(searchTokens("晋中市委")).toEqual(["晋中", "中市", "市委", "委"]);
    expect(searchTokens("２０２５世界绿发会")).toEqual(["2025", "世界", "界绿", "绿发", "发会", "会"]);
    expect(searchTokens("ＡＩ时代")).toEqual(["ai", "时代", "代"]);
    expect(searchTokens("92.03万人")).toEqual(["92", "03", "万人", "人"]);
  });

  it("read full-width, case and quotation variants alike", () => {
    expect(searchTokens("“北斗”新赛道")).toEqual(searchTokens('"北斗"新赛道'));
    expect(searchTokens("「北斗」新赛道")).toEqual(searchTokens("北斗新赛道"));
    expect(searchTokens("ＡＩ")).toEqual(searchTokens("ai"));
  });
});

describe("queries", () => {
  it("are phrases of pairs that skip the run-final character and count its position", () => {
    expect(termToTsquery("耿新洲")).toBe("('耿新') <-> '新洲'");
    expect(termToTsquery("晋中")).toBe("'晋中'");
    expect(termToTsquery("时代AI")).toBe("('时代') <2> 'ai'");
    expect(termToTsquery("晋")).toBe("'晋':*");
    expect(termToTsquery("A股")).toBe("('a') <-> '股':*");
    expect(termToTsquery("！？")).toBeNull();
  });

  it("join whitespace-separated terms (full-width spaces too) with AND, weighted on request", () => {
    expect(queryTerms("晋中　养老保险  ")).toEqual(["晋中", "养老保险"]);
    expect(buildTsquery("晋中 榆次")).toBe("('晋中') & ('榆次')");
    expect(buildTsquery("晋中", "A")).toBe("('晋中':A)");
    expect(buildTsquery("……")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { extractInlineJumps, parseJumpLine, parsePageNumber } from "@/lib/import/parse/jumps";

describe("parsePageNumber", () => {
  it.each([
    ["4", 4],
    ["１２", 12],
    ["六", 6],
    ["十", 10],
    ["十一", 11],
    ["二十四", 24],
    ["一〇八", 108],
  ])("%s → %d", (raw, page) => {
    expect(parsePageNumber(raw)).toBe(page);
  });

  it("refuses anything else", () => {
    expect(parsePageNumber("四版")).toBeNull();
  });
});

describe("parseJumpLine", () => {
  it.each([
    ["(下转第4版)", "to", 4],
    ["（下转第六版）", "to", 6],
    ["下转第十一版", "to", 11],
    ["上接第1版", "from", 1],
    ["（上接第一版）", "from", 1],
    ["(转第2版)", "to", 2],
  ])("%s", (line, direction, page) => {
    expect(parseJumpLine(line)).toEqual({ direction, page });
  });

  it("does not take prose for a jump line", () => {
    expect(parseJumpLine("下转第4版的内容很精彩。")).toBeNull();
  });
});

describe("extractInlineJumps", () => {
  it("cuts a 下转 marker off the end of a paragraph", () => {
    expect(extractInlineJumps("推动社会保障从“广覆盖”走向(下转第4版)")).toEqual({
      text: "推动社会保障从“广覆盖”走向",
      from: null,
      to: { direction: "to", page: 4 },
    });
  });

  it("cuts a 上接 marker off the start of a paragraph, bracketed or not", () => {
    expect(extractInlineJumps("（上接第1版）近年来,我市持续发力。").from).toEqual({ direction: "from", page: 1 });
    expect(extractInlineJumps("（上接第1版）近年来,我市持续发力。").text).toBe("近年来,我市持续发力。");
    expect(extractInlineJumps("上接第一版 近年来,我市持续发力。").text).toBe("近年来,我市持续发力。");
  });

  it("leaves a paragraph without markers alone", () => {
    expect(extractInlineJumps("会议要求转变作风(详见第2版专题)。")).toEqual({
      text: "会议要求转变作风(详见第2版专题)。",
      from: null,
      to: null,
    });
  });
});

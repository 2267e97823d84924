import { describe, expect, it } from "vitest";
import { normaliseText, splitBlocks } from "@/lib/import/parse/blocks";

describe("normaliseText", () => {
  it("drops a BOM, unifies CRLF and CR, trims each line", () => {
    expect(normaliseText("\uFEFF标题  \r\n\u3000\u3000正文。\r末行\u00a0")).toBe("标题\n正文。\n末行");
  });

  it("keeps inner spaces and both ASCII and full-width punctuation as printed", () => {
    expect(normaliseText("扩面有力度 服务有温度\n12月19日,会议（扩大）举行:好!")).toBe("扩面有力度 服务有温度\n12月19日,会议（扩大）举行:好!");
  });
});

describe("splitBlocks", () => {
  it("splits on blank lines and ignores leading, trailing and repeated blank lines", () => {
    expect(splitBlocks("\n\n\n\n标题\n\n\n正文一。\n  \n正文二。\n\n")).toEqual([["标题"], ["正文一。"], ["正文二。"]]);
  });

  it("keeps the lines of one block together", () => {
    expect(splitBlocks("第一行\n第二行\r\n\r\n第三行")).toEqual([["第一行", "第二行"], ["第三行"]]);
  });

  it("returns nothing for blank input", () => {
    expect(splitBlocks(" \n\u3000\n")).toEqual([]);
  });
});

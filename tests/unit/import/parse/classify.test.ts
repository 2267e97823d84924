import { describe, expect, it } from "vitest";
import { blockToUnits, pairCaptions, readTextBlock } from "@/lib/import/parse/classify";
import type { TUnit } from "@/lib/import/parse/units";

function units(lines: string[]) {
  const warnings: string[] = [];
  return { units: blockToUnits(lines, (w) => warnings.push(w)), warnings };
}

const kinds = (list: TUnit[]) => list.map((u) => (u.kind === "text" ? `text:${u.text}` : u.kind));

describe("readTextBlock", () => {
  it("turns inline jump markers into jump units around the paragraph", () => {
    expect(readTextBlock("(上接第1版)近年来,我市持续发力。(下转第4版)")).toEqual([
      { kind: "jump", direction: "from", page: 1 },
      { kind: "text", text: "近年来,我市持续发力。", dateline: null },
      { kind: "jump", direction: "to", page: 4 },
    ]);
  });

  it("turns an inline photo credit into a credit unit after the caption", () => {
    expect(kinds(readTextBlock("市民在公园里散步。(张三摄)"))).toEqual(["text:市民在公园里散步。", "credit"]);
  });

  it("reads the 电头 and keeps only the lead as text", () => {
    const [unit] = readTextBlock("本报讯 (记者王文安)12月19日,会议举行。");
    expect(unit?.kind === "text" && unit.text).toBe("12月19日,会议举行。");
    expect(unit?.kind === "text" && unit.dateline?.dateline).toBe("本报讯");
  });
});

describe("blockToUnits", () => {
  it("reads a one-line block of each kind", () => {
    expect(kinds(units(["(下转第4版)"]).units)).toEqual(["jump"]);
    expect(kinds(units(["本报记者 雷甫"]).units)).toEqual(["byline"]);
    expect(kinds(units(["本报记者 耿新洲 摄"]).units)).toEqual(["credit"]);
    expect(kinds(units(["家门口的幸福“食”光"]).units)).toEqual(["text:家门口的幸福“食”光"]);
  });

  it("keeps stacked title lines apart but concatenates a wrapped paragraph", () => {
    expect(kinds(units(["民间投资重点项目巡礼", "山西北斗产业园——"]).units)).toEqual(["text:民间投资重点项目巡礼", "text:山西北斗产业园——"]);
    expect(kinds(units(["今天,太原举行了活动,", "很多人参加,场面热烈。"]).units)).toEqual(["text:今天,太原举行了活动,很多人参加,场面热烈。"]);
  });

  it("splits byline and jump lines out of a block", () => {
    expect(kinds(units(["本报记者 雷甫", "近日,活动举行,场面热烈。", "(下转第4版)"]).units)).toEqual(["byline", "text:近日,活动举行,场面热烈。", "jump"]);
  });

  it("drops page furniture with a warning", () => {
    const r = units(["责任编辑:张三"]);
    expect(r.units).toEqual([]);
    expect(r.warnings).toHaveLength(1);
  });
});

describe("pairCaptions", () => {
  it("makes the text before a credit its caption", () => {
    const credit: TUnit = { kind: "credit", bylines: [{ name: "耿新洲", role: "photographer", affiliation: "本报" }], raw: "" };
    expect(pairCaptions([{ kind: "text", text: "市民在公园漫步。", dateline: null }, credit])).toEqual([
      { kind: "caption", text: "市民在公园漫步。", dateline: null, credits: credit.bylines },
    ]);
  });

  it("keeps a credit with nothing before it as a caption without text", () => {
    const credit: TUnit = { kind: "credit", bylines: [{ name: "耿新洲", role: "photographer", affiliation: "本报" }], raw: "" };
    expect(pairCaptions([credit])).toEqual([{ kind: "caption", text: null, dateline: null, credits: credit.bylines }]);
  });
});

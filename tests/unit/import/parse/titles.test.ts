import { describe, expect, it } from "vitest";
import { parseTitleLines, type TTitleFollower } from "@/lib/import/parse/titles";

function parse(lines: string[], follower: TTitleFollower) {
  const warnings: string[] = [];
  return { ...parseTitleLines(lines, follower, (w) => warnings.push(w)), warnings };
}

describe("parseTitleLines", () => {
  it("one line is the headline", () => {
    expect(parse(["晋中特色产品亮相2025世界绿发会暨中国绿博会"], "dateline")).toMatchObject({
      column: null,
      kicker: null,
      headline: "晋中特色产品亮相2025世界绿发会暨中国绿博会",
      subheadline: null,
    });
  });

  it("a line ending with —— is the kicker above the headline, and a banner above it the column", () => {
    expect(parse(["民间投资重点项目巡礼", "山西北斗产业园——", "竞逐“北斗”新赛道 打造产业新高地"], "byline")).toMatchObject({
      column: "民间投资重点项目巡礼",
      kicker: "山西北斗产业园——",
      headline: "竞逐“北斗”新赛道 打造产业新高地",
      subheadline: null,
    });
  });

  it("a line starting with —— is the subheadline, kept as printed", () => {
    expect(parse(["扩面有力度 服务有温度 监管有硬度", "——我市充分发挥综合效能推动社保工作提质增效"], "byline")).toMatchObject({
      column: null,
      headline: "扩面有力度 服务有温度 监管有硬度",
      subheadline: "——我市充分发挥综合效能推动社保工作提质增效",
    });
  });

  it("two undashed lines over a byline line are column + headline", () => {
    expect(parse(["四中全会精神在基层", "家门口的幸福“食”光"], "byline")).toMatchObject({
      column: "四中全会精神在基层",
      headline: "家门口的幸福“食”光",
      subheadline: null,
    });
  });

  it("two undashed lines over a 电头 are headline + subheadline", () => {
    expect(parse(["市委理论学习中心组举行扩大学习会", "常书铭主持 张韬作专题报告 刘星王建忠参加"], "dateline")).toMatchObject({
      column: null,
      headline: "市委理论学习中心组举行扩大学习会",
      subheadline: "常书铭主持 张韬作专题报告 刘星王建忠参加",
    });
  });

  it("a first line with spaces between phrases is a headline, not a banner", () => {
    expect(parse(["扩面有力度 服务有温度", "我市推动社保工作提质增效"], "byline")).toMatchObject({
      column: null,
      headline: "扩面有力度 服务有温度",
      subheadline: "我市推动社保工作提质增效",
    });
  });

  it("three undashed lines are column, headline, subheadline", () => {
    expect(parse(["四中全会精神在基层", "家门口的幸福“食”光", "太谷区社区食堂见闻"], "byline")).toMatchObject({
      column: "四中全会精神在基层",
      headline: "家门口的幸福“食”光",
      subheadline: "太谷区社区食堂见闻",
    });
  });

  it("warns when two lines have neither byline nor 电头 to decide by", () => {
    const r = parse(["标题一", "标题二"], "body");
    expect(r.headline).toBe("标题一");
    expect(r.warnings).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { isTitleLike, lineEnding, startsWithContinuation } from "@/lib/import/parse/text";

describe("lineEnding", () => {
  it.each([
    ["会议以视频形式举行。", "final"],
    ["签个字就办好了!", "final"],
    ["这是为什么？", "final"],
    ["发展后劲……", "final"],
    ["“提高人民生活品质”", "quote"],
    ["他说:", "colon"],
    ["不断增强党在新兴领域的号召力", "open"],
    ["坚持尽力而为、", "open"],
    ["早餐有豆浆、稀饭等品类;针", "open"],
    ["各县(区、市)", "open"],
  ])("%s → %s", (text, ending) => {
    expect(lineEnding(text)).toBe(ending);
  });
});

describe("startsWithContinuation", () => {
  it("recognises blocks that can only continue a sentence", () => {
    expect(startsWithContinuation(",坚持管行业")).toBe(true);
    expect(startsWithContinuation("”他说。")).toBe(true);
    expect(startsWithContinuation("“原本以为")).toBe(false);
  });
});

describe("isTitleLike", () => {
  it.each([
    "市委理论学习中心组举行扩大学习会",
    "常书铭主持 张韬作专题报告 刘星王建忠参加",
    "——我市充分发挥综合效能推动社保工作提质增效",
    "山西北斗产业园——",
    "织密民生保障“兜底网”",
    "稳字当头，进中求变",
  ])("title: %s", (text) => {
    expect(isTitleLike(text)).toBe(true);
  });

  it.each([
    "会议以视频形式举行。",
    "坚持尽力而为、",
    "“签个字就办好了!”",
    "说明了很多情况,一直写到这里,还没有结束的时候被",
    "早餐有豆浆;午餐有炒菜",
    "深入学习贯彻习近平总书记关于社会工作的重要论述推动新时代社会工作高质量发展取得新成效新突破",
  ])("prose: %s", (text) => {
    expect(isTitleLike(text)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { dedupeBylines, extractInlineCredit, parseCreditLine, parseCreditText } from "@/lib/import/parse/bylines";

const reporter = (name: string, affiliation: string | null = "本报") => ({ name, role: "reporter", affiliation });
const correspondent = (name: string, affiliation: string | null) => ({ name, role: "correspondent", affiliation });
const photographer = (name: string, affiliation: string | null) => ({ name, role: "photographer", affiliation });

describe("parseCreditLine: byline lines", () => {
  it.each([
    ["本报记者 雷甫", [reporter("雷甫")]],
    ["本报记者雷甫", [reporter("雷甫")]],
    ["□本报记者 雷甫", [reporter("雷甫")]],
    // A bare 记者 in a city daily is one of our own reporters.
    ["记者 雷甫", [reporter("雷甫")]],
    ["□记者 雷甫", [reporter("雷甫")]],
    ["□本报记者 雷甫 通讯员 张三", [reporter("雷甫"), correspondent("张三", "本报")]],
    ["新华社记者 王小明 李华", [reporter("王小明", "新华社"), reporter("李华", "新华社")]],
    ["新华社记者 王小明、李华", [reporter("王小明", "新华社"), reporter("李华", "新华社")]],
    ["本报通讯员 赵四", [correspondent("赵四", "本报")]],
    ["通讯员 赵四", [correspondent("赵四", null)]],
    ["太谷区融媒体中心记者 孙悦", [reporter("孙悦", "太谷区融媒体中心")]],
    ["本报评论员", [reporter("本报评论员")]],
    ["文/张三 图/李四", [reporter("张三", null), photographer("李四", null)]],
    ["记者 阿依古丽·买买提", [reporter("阿依古丽·买买提")]],
    ["本报记者 欧阳文华", [reporter("欧阳文华")]],
  ])("%s", (line, bylines) => {
    const parsed = parseCreditLine(line);
    expect(parsed?.kind).toBe("byline");
    expect(parsed?.bylines).toEqual(bylines);
  });

  it("marks a 评论员 signature", () => {
    expect(parseCreditLine("本报评论员")?.byCommentator).toBe(true);
    expect(parseCreditLine("本报记者 雷甫")?.byCommentator).toBe(false);
  });

  it.each([
    "四中全会精神在基层",
    "记者走基层",
    "记者了解到,项目进展顺利",
    "常书铭主持 张韬作专题报告 刘星王建忠参加",
    "本报记者",
    "张三 李四",
    "记者从市人社局获悉,今年全市新增就业岗位一万个,比去年同期增长百分之十二点五",
  ])("is not a byline: %s", (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});

describe("parseCreditLine: photo credits", () => {
  it.each([
    ["本报记者 耿新洲 摄", [photographer("耿新洲", "本报")]],
    ["记者 耿新洲 摄", [photographer("耿新洲", "本报")]],
    ["张三 摄", [photographer("张三", null)]],
    ["张三 李四 摄", [photographer("张三", null), photographer("李四", null)]],
    ["新华社记者 王小明 摄", [photographer("王小明", "新华社")]],
    ["图/李四", [photographer("李四", null)]],
  ])("%s", (line, bylines) => {
    const parsed = parseCreditLine(line);
    expect(parsed?.kind).toBe("credit");
    expect(parsed?.bylines).toEqual(bylines);
  });
});

describe("parseCreditText in a 电头 bracket", () => {
  it("takes the dateline's agency for every name", () => {
    expect(parseCreditText("记者王文安 通讯员李四", { defaultAgency: "新华社", strictNames: false })?.bylines).toEqual([
      reporter("王文安", "新华社"),
      correspondent("李四", "新华社"),
    ]);
  });

  it("splits names glued to the next role word", () => {
    expect(parseCreditText("记者王文安通讯员李四", { defaultAgency: "本报", strictNames: false })?.bylines).toEqual([
      reporter("王文安"),
      correspondent("李四", "本报"),
    ]);
  });

  it("refuses text that is not a credit", () => {
    expect(parseCreditText("街道", { defaultAgency: "本报", strictNames: false })).toBeNull();
  });
});

describe("extractInlineCredit", () => {
  it("cuts a bracketed credit off a caption", () => {
    expect(extractInlineCredit("市民在公园里散步。(张三摄)")).toEqual({
      text: "市民在公园里散步。",
      bylines: [photographer("张三", null)],
    });
    expect(extractInlineCredit("市民在公园里散步。（本报记者 张三 摄）")?.bylines).toEqual([photographer("张三", "本报")]);
  });

  it("leaves other brackets alone", () => {
    expect(extractInlineCredit("各县(区、市)党委要扛起责任(街道)")).toBeNull();
  });
});

describe("dedupeBylines", () => {
  it("keeps the first of a repeated name and role", () => {
    expect(dedupeBylines([reporter("雷甫"), reporter("雷甫", null), photographer("雷甫", "本报")] as never)).toEqual([
      reporter("雷甫"),
      photographer("雷甫", "本报"),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { PageParseError, parsePageText } from "@/lib/import/parse-page-text";

const page = (...blocks: string[]) => blocks.join("\n\n");
const para = (n: number) => `第${n}段正文讲述了很多事情,内容丰富,情节生动,让读者看得明白。`;
// What the parser makes of para(n): the dump's ASCII commas next to Chinese become full width.
const printed = (n: number) => `第${n}段正文讲述了很多事情，内容丰富，情节生动，让读者看得明白。`;

describe("parsePageText", () => {
  it("reads a news story: headline, subheadline, 电头, byline and lead", () => {
    const [a] = parsePageText(page("市委举行学习会", "常书铭主持 张韬作报告", "本报讯 (记者王文安)12月19日,市委举行学习会。", para(2))).articles;
    expect(a).toEqual({
      kind: "news",
      column: null,
      kicker: null,
      headline: "市委举行学习会",
      subheadline: "常书铭主持 张韬作报告",
      dateline: "本报讯",
      bylines: [{ name: "王文安", role: "reporter", affiliation: "本报" }],
      paragraphs: ["12月19日，市委举行学习会。", printed(2)],
      subheads: [],
      blocks: [
        { type: "paragraph", text: "12月19日，市委举行学习会。" },
        { type: "paragraph", text: printed(2) },
      ],
      jumpToPage: null,
      jumpFromPage: null,
      warnings: [],
    });
  });

  it("reads a feature with column, kicker, byline line, a two-line subhead and a jump", () => {
    const { articles } = parsePageText(
      page(
        "民间投资重点项目巡礼",
        "山西北斗产业园——",
        "竞逐新赛道",
        "□本报记者 王菲 通讯员 张三",
        para(1),
        "扩面提标",
        "织密民生保障“兜底网”",
        para(2),
        "（下转第六版）",
      ),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      kind: "feature",
      column: "民间投资重点项目巡礼",
      kicker: "山西北斗产业园——",
      headline: "竞逐新赛道",
      bylines: [
        { name: "王菲", role: "reporter", affiliation: "本报" },
        { name: "张三", role: "correspondent", affiliation: "本报" },
      ],
      paragraphs: [printed(1), printed(2)],
      subheads: ["扩面提标 织密民生保障“兜底网”"],
      blocks: [
        { type: "paragraph", text: printed(1) },
        { type: "subhead", text: "扩面提标 织密民生保障“兜底网”" },
        { type: "paragraph", text: printed(2) },
      ],
      jumpToPage: 6,
    });
  });

  it("joins a paragraph broken at a column end, and cuts an inline jump marker", () => {
    const [a] = parsePageText(page("标题", "本报记者 雷甫", `${para(1)}他说这件事情很`, "重要,大家都很关心(下转第4版)")).articles;
    expect(a?.paragraphs).toEqual([`${printed(1)}他说这件事情很重要，大家都很关心`]);
    expect(a?.jumpToPage).toBe(4);
  });

  it("gives a headline printed after its body that body, with the banner above it as column", () => {
    const { articles, warnings } = parsePageText(
      page(
        "甲新闻标题",
        "本报讯 (记者王文安)甲事件发生了,引起了广泛关注。",
        para(2),
        "以新气象新作为推动高质量发展",
        para(3),
        "扩面提标",
        para(4),
        "(下转第4版)",
        "乙稿件的标题",
        "——副题在这里",
        "本报记者 雷甫",
        "丙稿件标题",
        "本报记者 冯静宁",
        para(5),
      ),
    );
    expect(articles.map((a) => a.headline)).toEqual(["甲新闻标题", "乙稿件的标题", "丙稿件标题"]);
    expect(articles[0]?.paragraphs).toEqual(["甲事件发生了，引起了广泛关注。", printed(2)]);
    expect(articles[0]?.jumpToPage).toBeNull();
    expect(articles[1]).toMatchObject({
      kind: "feature",
      column: "以新气象新作为推动高质量发展",
      subheadline: "——副题在这里",
      bylines: [{ name: "雷甫", role: "reporter", affiliation: "本报" }],
      paragraphs: [printed(3), printed(4)],
      subheads: ["扩面提标"],
      jumpToPage: 4,
    });
    expect(articles[2]?.paragraphs).toEqual([printed(5)]);
    expect(warnings.some((w) => w.includes("乙稿件的标题"))).toBe(true);
  });

  it("gives a late headline the untitled body after the previous story's 下转 line", () => {
    const { articles } = parsePageText(page("甲标题", "本报记者 王菲", para(1), "(下转第4版)", para(2), para(3), "乙标题", "本报记者 雷甫"));
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ["甲标题", [printed(1)]],
      ["乙标题", [printed(2), printed(3)]],
    ]);
  });

  it("reads an untitled photo with a credit line as its own story after the story it ends", () => {
    const { articles } = parsePageText(page("标题", "本报讯 (记者刘冬冬)近日,博览会举行。", "12月15日,市民在“口袋公园”休闲漫步。", "本报记者 耿新洲 摄"));
    expect(articles).toHaveLength(2);
    expect(articles[0]?.paragraphs).toEqual(["近日，博览会举行。"]);
    expect(articles[1]).toEqual({
      kind: "photo",
      column: null,
      kicker: null,
      headline: "",
      subheadline: null,
      dateline: null,
      bylines: [{ name: "耿新洲", role: "photographer", affiliation: "本报" }],
      paragraphs: ["12月15日，市民在“口袋公园”休闲漫步。"],
      subheads: [],
      blocks: [{ type: "paragraph", text: "12月15日，市民在“口袋公园”休闲漫步。" }],
      jumpToPage: null,
      jumpFromPage: null,
      warnings: [],
    });
  });

  it("reads an inline credit at the end of a caption", () => {
    const [a] = parsePageText("孩子们在广场上放风筝。（本报记者 张三 摄）").articles;
    expect(a).toMatchObject({
      kind: "photo",
      headline: "",
      bylines: [{ name: "张三", role: "photographer", affiliation: "本报" }],
      paragraphs: ["孩子们在广场上放风筝。"],
    });
  });

  it("reads a continuation part: reprinted headline, then 上接", () => {
    const [a] = parsePageText(page("扩面有力度 服务有温度 监管有硬度", "(上接第1版)", para(1), para(2))).articles;
    expect(a).toMatchObject({ headline: "扩面有力度 服务有温度 监管有硬度", jumpFromPage: 1, paragraphs: [printed(1), printed(2)] });
  });

  it("reads an inline 上接 marker in Chinese numerals", () => {
    const [a] = parsePageText(page("扩面有力度", `（上接第一版）${para(1)}`)).articles;
    expect(a).toMatchObject({ headline: "扩面有力度", jumpFromPage: 1, paragraphs: [printed(1)] });
  });

  it("reads commentary signed 本报评论员", () => {
    const [a] = parsePageText(page("让“口袋公园”更好用", "本报评论员", para(1))).articles;
    expect(a).toMatchObject({ kind: "commentary", bylines: [{ name: "本报评论员", role: "reporter", affiliation: "本报" }] });
  });

  it("reads a 新华社 story", () => {
    const [a] = parsePageText(page("冬季保暖工作部署", "新华社北京12月19日电（记者王小明）国务院日前印发通知。")).articles;
    expect(a).toMatchObject({
      kind: "news",
      dateline: "新华社北京12月19日电",
      bylines: [{ name: "王小明", role: "reporter", affiliation: "新华社" }],
      paragraphs: ["国务院日前印发通知。"],
    });
  });

  it("reads a titled story with neither byline nor 电头 as news, with a warning", () => {
    const { articles, warnings } = parsePageText(page("简讯标题", para(1)));
    expect(articles[0]?.kind).toBe("news");
    expect(warnings.some((w) => w.includes("简讯标题"))).toBe(true);
  });

  it("starts an untitled story at a second 电头", () => {
    const { articles } = parsePageText(page("简讯", "本报讯 第一条简讯内容。", "本报讯 (通讯员 李四)第二条简讯内容。"));
    expect(articles.map((a) => a.paragraphs)).toEqual([["第一条简讯内容。"], ["第二条简讯内容。"]]);
    expect(articles[1]?.bylines).toEqual([{ name: "李四", role: "correspondent", affiliation: "本报" }]);
  });

  it("throws a typed error for an empty page", () => {
    expect(() => parsePageText("\n \r\n")).toThrow(expect.objectContaining({ name: "PageParseError", code: "EMPTY_INPUT" }));
  });

  it("throws a typed error for text with no recognisable story", () => {
    try {
      parsePageText(para(1));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PageParseError);
      expect((error as PageParseError).code).toBe("NO_STORY");
    }
  });
});

describe("page furniture", () => {
  it("drops a bare title with no text, byline or 电头, and refuses a page of nothing else", () => {
    const parse = parsePageText;
    expect(() => parse("\n\n第1版\n\n\n")).toThrow(/No story found/);
    expect(() => parse("12345\n\n-- 3 --")).toThrow(/No story found/);
    const page = parse("第1版 要闻\n\n市里召开会议\n\n本报讯 (记者王文安)12月19日,市里召开会议。");
    expect(page.articles.map((a) => a.headline)).toEqual(["市里召开会议"]);
    expect(page.warnings.some((w) => w.includes("第1版 要闻"))).toBe(true);
  });
});

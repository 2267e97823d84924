// Rules for the page conventions of other papers and decades, and the guards that keep them from
// misreading ordinary text (the corpus in tests/fixtures/import-corpus covers whole pages).
import { describe, expect, it } from "vitest";
import { extractInlineCredit } from "@/lib/import/parse/bylines";
import { parseDateline } from "@/lib/import/parse/dateline";
import { isSentenceSubhead, isTitleLike } from "@/lib/import/parse/text";
import { parseTitleLines } from "@/lib/import/parse/titles";
import { parsePageText } from "@/lib/import/parse-page-text";

describe("datelines in brackets, with Chinese-numeral days", () => {
  it("reads 【新华社北京十四日电】 and （新华社北京5月3日电） with the lead after the bracket", () => {
    expect(parseDateline("【新华社北京十四日电】本月十三日,首都各界集会。")).toMatchObject({
      dateline: "新华社北京十四日电",
      agency: "新华社",
      lead: "本月十三日,首都各界集会。",
    });
    expect(parseDateline("（新华社北京5月3日电）今天,新路通车。")).toMatchObject({ dateline: "新华社北京5月3日电", lead: "今天,新路通车。" });
    expect(parseDateline("【本报讯】本市召开大会。")).toMatchObject({ dateline: "本报讯", lead: "本市召开大会。" });
  });

  it("reads a dateline glued to its first sentence, and keeps a place name with 讯 in the lead", () => {
    expect(parseDateline("新华社北京十五日电全国各地学校开学。")).toMatchObject({ dateline: "新华社北京十五日电", lead: "全国各地学校开学。" });
    expect(parseDateline("本报讯拉萨讯:牧区丰收。")).toMatchObject({ dateline: "本报讯", lead: "拉萨讯:牧区丰收。" });
    expect(parseDateline("本报太原讯 全省会议召开。")).toMatchObject({ dateline: "本报太原讯", lead: "全省会议召开。" });
  });

  it("reads an agency's 电 with no place and no date when a mark or bracket follows it", () => {
    expect(parseDateline("据新华社电 国务院日前印发通知。")).toMatchObject({ dateline: "据新华社电", lead: "国务院日前印发通知。" });
    expect(parseDateline("新华社电视台今天开播。")).toBeNull();
  });

  it("never reads prose or a bracketed aside as a dateline", () => {
    expect(parseDateline("本报通讯员来到田间地头。")).toBeNull();
    expect(parseDateline("本报快讯栏目今起改版。")).toBeNull();
    expect(parseDateline("（记者王文安）今天下雨。")).toBeNull();
    expect(parseDateline("【编者按】本报今起开设专栏。")).toBeNull();
  });
});

describe("title blocks", () => {
  const none = () => {};
  it("reads three lines over a 电头 as 引题, 主题, 副题, and over a byline as 栏目, 主题, 副题", () => {
    expect(parseTitleLines(["全省粮食生产再获丰收", "夏粮总产量创历史新高", "秋粮播种面积稳中有增"], "dateline", none)).toEqual({
      column: null,
      kicker: "全省粮食生产再获丰收",
      headline: "夏粮总产量创历史新高",
      subheadline: "秋粮播种面积稳中有增",
    });
    expect(parseTitleLines(["民间投资重点项目巡礼", "竞逐新赛道", "打造新高地"], "byline", none)).toMatchObject({
      column: "民间投资重点项目巡礼",
      kicker: null,
    });
  });

  it("reads a briefs banner on top as the 栏目, and drops an item's bullet", () => {
    expect(parseTitleLines(["要闻简报", "全市供暖会议召开"], "dateline", none)).toMatchObject({ column: "要闻简报", headline: "全市供暖会议召开" });
    expect(parseTitleLines(["■ 平遥古城迎来旅游旺季"], "body", none)).toMatchObject({ headline: "平遥古城迎来旅游旺季" });
  });

  it("reads 【标题】 glued to the start of a paragraph as a short item's headline, but never 【编者按】", () => {
    const page = parsePageText(["【太谷】全县新建农村公路一百二十公里,打通了断头路。", "【祁县】县里举办农民丰收节,展示特色农产品。"].join("\n\n"));
    expect(page.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ["太谷", ["全县新建农村公路一百二十公里，打通了断头路。"]],
      ["祁县", ["县里举办农民丰收节，展示特色农产品。"]],
    ]);
  });

  it("reads a titled picture description as a photo, but not a news item that merely opens with 这是", () => {
    expect(parsePageText("春到太行\n\n这是四月初在太行山区拍摄的梯田,麦苗返青。").articles[0]?.kind).toBe("photo");
    expect(parsePageText("简讯标题\n\n这是一条没有署名也没有电头的短消息,内容简单。").articles[0]?.kind).toBe("news");
  });

  it("reads 更正 as news signed by nobody, without a doubt", () => {
    const page = parsePageText("更 正\n\n本报昨日第2版一文中,“三千亩”应为“三万亩”,特此更正。");
    expect(page.articles[0]).toMatchObject({ kind: "news", headline: "更 正", warnings: [] });
  });
});

describe("photo credits at the end of a caption", () => {
  it("cuts an unbracketed credit after the last sentence or after a run of spaces", () => {
    expect(extractInlineCredit("果农正忙着采摘壶瓶枣。本报记者 张明远摄")).toEqual({
      text: "果农正忙着采摘壶瓶枣。",
      bylines: [{ name: "张明远", role: "photographer", affiliation: "本报" }],
    });
    expect(extractInlineCredit("农机手在田间作业  李红梅摄")?.bylines).toEqual([{ name: "李红梅", role: "photographer", affiliation: null }]);
    expect(extractInlineCredit("农机手在田间作业 李红梅摄")?.text).toBe("农机手在田间作业");
  });

  it("reads an agency-distributed photo's credit: the agency is the affiliation, not a name", () => {
    expect(extractInlineCredit("游客在古城墙上参观。(新华社发 王五摄)")?.bylines).toEqual([{ name: "王五", role: "photographer", affiliation: "新华社" }]);
  });

  it("leaves prose that merely ends in 摄 alone", () => {
    expect(extractInlineCredit("他说。这组照片都是用手机拍摄")).toBeNull();
    expect(extractInlineCredit("游客们纷纷驻足。大家争相拍摄")).toBeNull();
  });
});

describe("long subheads and notes", () => {
  it("takes a comma-laden sentence with no final mark between two paragraphs as a subhead", () => {
    const before = "十年前,这里还是远近闻名的贫困村。";
    const after = "二〇一六年,一条水泥路修到了村口,村里又打了深井,家家户户用上了自来水。";
    expect(isSentenceSubhead("路通了,水来了,村民的日子越过越红火", before, after)).toBe(true);
    // A column-break fragment continues the sentence; one after an unfinished paragraph is no subhead.
    expect(isSentenceSubhead("路通了,水来了,村民的日子越过越红火", "十年前,这里还是", after)).toBe(false);
    expect(isSentenceSubhead("路通了,水来了,村民的日子越过越红火", before, ",家家户户用上了自来水。")).toBe(false);
  });

  it("reads sentence subheads only in features: in a news story a short first half of a paragraph is joined", () => {
    const lead = "本报讯 (记者王文安)12月19日,市委召开会议,研究部署冬季供暖工作。";
    const page = parsePageText(["市委召开会议", lead, "会议指出,要紧密结合实际,聚焦重点精准", "发力,扎实抓好各项工作,确保群众温暖过冬。"].join("\n\n"));
    expect(page.articles[0]?.subheads).toEqual([]);
    expect(page.articles[0]?.paragraphs[1]).toBe("会议指出，要紧密结合实际，聚焦重点精准发力，扎实抓好各项工作，确保群众温暖过冬。");
  });

  it("never reads an author note or a chart caption as a title", () => {
    expect(isTitleLike("(作者单位:晋中学院)")).toBe(false);
    expect(isTitleLike("图表:近五年全市粮食总产量")).toBe(false);
  });

  it("attaches an editor's note printed above a headline to the story it introduces", () => {
    const page = parsePageText(
      [
        "甲稿标题",
        "本报讯 甲事件发生了,引起了广泛关注。",
        "编者按:本报今起开设专栏,敬请关注。",
        "乙稿标题",
        "本报记者 崔文静",
        "乙稿的正文写得很长,内容丰富。",
      ].join("\n\n"),
    );
    expect(page.articles.map((a) => a.paragraphs)).toEqual([
      ["甲事件发生了，引起了广泛关注。"],
      ["编者按：本报今起开设专栏，敬请关注。", "乙稿的正文写得很长，内容丰富。"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/import/parse/dateline";
import { continuesSentence, joinColumnBreaks } from "@/lib/import/parse/join";
import type { TTextUnit, TUnit } from "@/lib/import/parse/units";

const t = (text: string): TTextUnit => ({ kind: "text", text, dateline: null });
const long = "这是一段足够长的正文内容,用来模拟报纸版面上被分栏打断的段落,后面还会继续";

function join(units: TUnit[]) {
  const warnings: string[] = [];
  const out = joinColumnBreaks(units, (w) => warnings.push(w));
  return { texts: out.map((u) => (u.kind === "text" ? u.text : u.kind)), warnings };
}

describe("continuesSentence", () => {
  it("joins prose broken mid-word at a column end", () => {
    expect(continuesSentence(t(`${long}协同联`), t("动,坚持管行业也要管党建,形成做好社会工作的强大合力。"))).toBe(true);
    expect(continuesSentence(t(`${long}尽力而为、`), t("量力而行,加强普惠性、基础性、兜底性民生建设。"))).toBe(true);
  });

  it("does not join after sentence-final punctuation, a closing quote or a colon", () => {
    const next = t("近日,搬迁至榆次区乌金山镇的刘某仅用短短时间就办结了手续,他的感慨道出了心声。");
    expect(continuesSentence(t(`${long}办好了!`), next)).toBe(false);
    expect(continuesSentence(t(`${long}“兜底网”`), next)).toBe(false);
    expect(continuesSentence(t(`${long}。`), next)).toBe(false);
    expect(continuesSentence(t(`${long}:`), next)).toBe(false);
  });

  it("joins a block that can only be a continuation, whatever came before", () => {
    expect(continuesSentence(t(`${long}“北斗”`), t(",这一举措让山西全境有了导航仪。"))).toBe(true);
    expect(continuesSentence(t("记者从市人社局获悉"), t(",今年全市新增就业岗位一万个。"))).toBe(true);
  });

  it("takes a short tail after an unfinished sentence as its end, unless a title group starts there", () => {
    const prev = t(`${long}城乡`);
    expect(continuesSentence(prev, t("居民"), t(`${long}。`))).toBe(true);
    expect(continuesSentence(prev, t("居民"), { kind: "jump", direction: "to", page: 4 })).toBe(true);
    expect(continuesSentence(prev, t("乙稿件标题"), { kind: "byline", bylines: [], byCommentator: false, raw: "" })).toBe(false);
    expect(continuesSentence(prev, t("栏目名称"), t("乙稿件标题"))).toBe(false);
  });

  it("never glues a title line to the next paragraph", () => {
    expect(continuesSentence(t("扩面提标"), t("织密民生保障“兜底网”"))).toBe(false);
    expect(continuesSentence(t("市委理论学习中心组举行扩大学习会"), t(`${long}。`))).toBe(false);
  });

  it("does not join into a block that opens with a 电头", () => {
    const lead = "本报讯 (记者王文安)12月19日,市委理论学习中心组举行扩大学习会。";
    expect(continuesSentence(t(`${long}的`), { kind: "text", text: lead, dateline: parseDateline(lead) })).toBe(false);
  });
});

describe("joinColumnBreaks", () => {
  it("joins with no separator", () => {
    expect(join([t(`${long}号召力`), t("凝聚力影响力。要抓好党建引领基层治理和基层政权建设,全面实施清单。")]).texts).toEqual([
      `${long}号召力凝聚力影响力。要抓好党建引领基层治理和基层政权建设,全面实施清单。`,
    ]);
  });

  it("does not join across a jump line or a byline", () => {
    expect(join([t(`${long}走向`), { kind: "jump", direction: "to", page: 4 }, t(`${long}。`)]).texts).toEqual([`${long}走向`, "jump", `${long}。`]);
  });

  it("looks through a caption set between the halves of a sentence", () => {
    const caption: TUnit = { kind: "caption", text: "市民在公园里散步。", dateline: null, credits: [] };
    expect(join([t(`${long}在这里被`), caption, t("打断了,然后继续讲完。")]).texts).toEqual([`${long}在这里被打断了,然后继续讲完。`, "caption"]);
  });

  it("warns about prose left mid-sentence, but not before a 下转 line", () => {
    expect(join([t(`${long}城乡`), t("市委举行会议"), t("常书铭主持")]).warnings).toHaveLength(1);
    expect(join([t(`${long}走向`), { kind: "jump", direction: "to", page: 4 }]).warnings).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseDateline } from "@/lib/import/parse/dateline";

describe("parseDateline", () => {
  it("reads 本报讯 with a bracketed reporter and starts the lead after the bracket", () => {
    const d = parseDateline("本报讯 (记者王文安)12月19日,市委理论学习中心组举行扩大学习会。");
    expect(d).toMatchObject({ dateline: "本报讯", agency: "本报", lead: "12月19日,市委理论学习中心组举行扩大学习会。" });
    expect(d?.bylines).toEqual([{ name: "王文安", role: "reporter", affiliation: "本报" }]);
  });

  it("reads full-width brackets with several reporters", () => {
    const d = parseDateline("本报讯（记者 张三 李四）近日,活动举行。");
    expect(d?.bylines.map((b) => b.name)).toEqual(["张三", "李四"]);
    expect(d?.lead).toBe("近日,活动举行。");
  });

  it("reads a reporter and a correspondent", () => {
    expect(parseDateline("本报讯 (记者王文安 通讯员李四)近日,活动举行。")?.bylines).toEqual([
      { name: "王文安", role: "reporter", affiliation: "本报" },
      { name: "李四", role: "correspondent", affiliation: "本报" },
    ]);
  });

  it("reads the unbracketed 记者X报道 form", () => {
    const d = parseDateline("本报讯 记者张三报道 近日,活动举行。");
    expect(d?.bylines).toEqual([{ name: "张三", role: "reporter", affiliation: "本报" }]);
    expect(d?.lead).toBe("近日,活动举行。");
  });

  it("reads 本报…电 datelines with and without a place", () => {
    expect(parseDateline("本报太原12月19日电 今天,活动举行。")).toMatchObject({ dateline: "本报太原12月19日电", lead: "今天,活动举行。" });
    expect(parseDateline("本报12月19日电 (记者雷甫)今天,活动举行。")).toMatchObject({
      dateline: "本报12月19日电",
      bylines: [{ name: "雷甫", role: "reporter", affiliation: "本报" }],
    });
  });

  it("reads a 新华社 dateline and gives its reporters 新华社", () => {
    const d = parseDateline("新华社北京12月19日电（记者 王小明、李华）国务院日前印发通知。");
    expect(d).toMatchObject({ dateline: "新华社北京12月19日电", agency: "新华社", lead: "国务院日前印发通知。" });
    expect(d?.bylines).toEqual([
      { name: "王小明", role: "reporter", affiliation: "新华社" },
      { name: "李华", role: "reporter", affiliation: "新华社" },
    ]);
  });

  it("leaves a bracket that is not a byline in the lead", () => {
    expect(parseDateline("本报讯 (晋中)近日,活动举行。")?.lead).toBe("(晋中)近日,活动举行。");
  });

  it.each(["本报记者近日来到电厂采访。", "12月19日,本报讯员到场。", "新华社报道称,会议举行。"])("no dateline in: %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

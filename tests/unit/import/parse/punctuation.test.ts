import { describe, expect, it } from "vitest";
import { toFullWidthPunctuation as fw } from "@/lib/import/parse/punctuation";

describe("toFullWidthPunctuation", () => {
  it("converts ASCII marks next to Chinese text", () => {
    expect(fw("12月19日,市委理论学习中心组举行扩大学习会;会议强调:要抓落实!对吗?")).toBe(
      "12月19日，市委理论学习中心组举行扩大学习会；会议强调：要抓落实！对吗？",
    );
    expect(fw("各县(区、市)党委")).toBe("各县（区、市）党委");
    expect(fw("“一两人不想做饭,来这吃还划算!”")).toBe("“一两人不想做饭，来这吃还划算！”");
  });

  it("keeps marks inside numbers, times, Latin words and URLs", () => {
    expect(fw("参保人数达92.03万人,增长1,000人")).toBe("参保人数达92.03万人，增长1,000人");
    expect(fw("上午10:30,以3:1获胜")).toBe("上午10:30，以3:1获胜");
    expect(fw("Hello, world! f(x)")).toBe("Hello, world! f(x)");
    expect(fw("详见https://example.cn/a?b=1,欢迎访问")).toBe("详见https://example.cn/a?b=1，欢迎访问");
    expect(fw("网址:www.example.cn/news")).toBe("网址：www.example.cn/news");
  });

  it("converts brackets around Latin words set in Chinese text, and drops the spaces the dump left", () => {
    expect(fw("人工智能(AI)技术")).toBe("人工智能（AI）技术");
    expect(fw("使用 AI, 大模型")).toBe("使用 AI，大模型");
    expect(fw("本报讯 (记者王文安)12月19日")).toBe("本报讯（记者王文安）12月19日");
    expect(fw("扩面有力度 服务有温度")).toBe("扩面有力度 服务有温度");
  });
});

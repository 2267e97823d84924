import { describe, expect, it } from "vitest";
import { headlineKey, matchContinuation } from "@/lib/import/store/match-continuation";
import { planReplacement } from "@/lib/import/store/plan-replacement";

const stories = [
  { id: 1, headline: "扩面有力度 服务有温度 监管有硬度" },
  { id: 2, headline: "家门口的幸福“食”光" },
];

describe("matching a 上接 part to the story it continues", () => {
  it("compares headlines as printed words, ignoring spacing and punctuation", () => {
    expect(headlineKey("家门口的幸福“食”光")).toBe(headlineKey("家门口的 幸福食光"));
    expect(matchContinuation(stories, "家门口的幸福食光")).toEqual({ kind: "matched", story: stories[1] });
  });

  it("accepts a jump page's shortened headline when only one story contains it", () => {
    expect(matchContinuation(stories, "扩面有力度")).toEqual({ kind: "matched", story: stories[0] });
  });

  it("prefers the exact headline over stories that merely contain it", () => {
    const similar = [{ id: 3, headline: "幸福食光" }, ...stories];
    expect(matchContinuation(similar, "幸福食光")).toEqual({ kind: "matched", story: similar[0] });
  });

  it("refuses an ambiguous or unknown headline, saying how many stories matched", () => {
    const twins = [
      { id: 4, headline: "竞逐新赛道（上）" },
      { id: 5, headline: "竞逐新赛道（下）" },
    ];
    expect(matchContinuation(twins, "竞逐新赛道")).toEqual({ kind: "unmatched", matches: 2 });
    expect(matchContinuation(stories, "无处可接")).toEqual({ kind: "unmatched", matches: 0 });
  });

  it("matches an untitled part only when a single story jumps to the page", () => {
    expect(matchContinuation([stories[0] as (typeof stories)[number]], "")).toMatchObject({ kind: "matched" });
    expect(matchContinuation(stories, "")).toEqual({ kind: "unmatched", matches: 0 });
  });
});

describe("planning a --replace", () => {
  it("pairs each new story with the earlier one of the same headline, once, and lists the ones the page lost", () => {
    const earlier = [
      { id: 1, headline: "甲" },
      { id: 2, headline: "乙" },
      { id: 3, headline: "" },
    ];
    const plan = planReplacement(earlier, [
      { headline: "乙", jumpFromPage: null },
      { headline: "丙", jumpFromPage: null },
      { headline: "甲", jumpFromPage: 1 },
      { headline: "", jumpFromPage: null },
    ]);
    expect([...plan.replacing.entries()].map(([index, story]) => [index, story.id])).toEqual([
      [0, 2],
      [3, 3],
    ]);
    expect(plan.dropped.map((story) => story.id)).toEqual([1]);
  });
});

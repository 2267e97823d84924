// What differs between two bodies block by block (the publish summary), and when two versions say the same.
import { describe, expect, it } from "vitest";
import { blockChanges } from "@/lib/content/merge/block-changes";
import { sameStory } from "@/lib/content/merge/same-story";
import type { TMergeableStory } from "@/lib/content/merge/types";
import type { TBlockNode } from "@/lib/content/schema";

const p = (text: string): TBlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("block changes between two versions", () => {
  it("lists changed, added, removed and moved blocks in reading order, and nothing for equal bodies", () => {
    expect(blockChanges([p("甲"), p("乙")], [p("甲"), p("乙")])).toEqual([]);
    expect(blockChanges([p("甲"), p("乙"), p("丙"), p("丁")], [p("甲（改）"), p("丙"), p("新"), p("丁")])).toEqual([
      { kind: "changed", before: p("甲"), after: p("甲（改）") },
      { kind: "removed", before: p("乙") },
      { kind: "added", after: p("新") },
    ]);
    expect(blockChanges([p("甲"), p("乙"), p("丙")], [p("乙"), p("丙"), p("甲")])).toEqual([{ kind: "moved", after: p("甲") }]);
  });
});

describe("the same story", () => {
  const story: TMergeableStory = {
    kind: "news",
    columnName: null,
    sectionId: null,
    kicker: null,
    headline: "主题",
    subheadline: null,
    dateline: "本报讯",
    bylines: [{ contributorId: 1, name: "王文安", role: "reporter", affiliation: "本报" }],
    pageId: null,
    body: { type: "doc", content: [p("甲")] },
  };

  it("ignores what the merge ignores, and sees any real difference", () => {
    expect(
      sameStory(story, {
        ...story,
        kicker: "",
        headline: " 主题 ",
        bylines: [{ ...story.bylines[0], contributorId: null } as TMergeableStory["bylines"][number]],
      }),
    ).toBe(true);
    expect(sameStory(story, { ...story, dateline: null })).toBe(false);
    expect(sameStory(story, { ...story, body: { type: "doc", content: [p("甲"), p("乙")] } })).toBe(false);
    expect(sameStory(story, { ...story, body: { type: "doc", content: [p("乙")] } })).toBe(false);
  });
});

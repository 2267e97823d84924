// The three-way merge of two editors' versions of one story, as a pure function: base = the version both
// started from, theirs = the one saved first, mine = the one being saved now.
import { describe, expect, it } from "vitest";
import { mergeStories } from "@/lib/content/merge/merge-story";
import { resolveMerge } from "@/lib/content/merge/resolve-merge";
import type { TMergeableStory } from "@/lib/content/merge/types";
import type { TBlockNode } from "@/lib/content/schema";

const p = (text: string): TBlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const subhead = (text: string): TBlockNode => ({ type: "subhead", content: [{ type: "text", text }] });
const jump = (toPage: number): TBlockNode => ({ type: "jump", attrs: { toPage } });
const figure = (caption: string): TBlockNode => ({ type: "figure", attrs: { mediaId: null, alt: null, caption, credit: "本报记者 耿新洲 摄" } });

function story(blocks: TBlockNode[], fields: Partial<TMergeableStory> = {}): TMergeableStory {
  return {
    kind: "feature",
    columnName: "四中全会精神在基层",
    sectionId: null,
    kicker: null,
    headline: "家门口的幸福“食”光",
    subheadline: null,
    dateline: null,
    bylines: [{ contributorId: 1, name: "冯静宁", role: "reporter", affiliation: "本报" }],
    pageId: 10,
    body: { type: "doc", content: blocks },
    ...fields,
  };
}

const texts = (s: TMergeableStory) =>
  s.body.content.map((block) =>
    block.type === "jump"
      ? `→${block.attrs.toPage}`
      : "content" in block && block.content
        ? block.content.map((n) => ("text" in n ? n.text : "")).join("")
        : block.type === "figure"
          ? `图:${block.attrs.caption}`
          : "",
  );

const base = story([p("甲"), p("乙"), p("丙"), p("丁")]);

describe("merging bodies block by block", () => {
  it("keeps edits of different paragraphs from both sides", () => {
    const merge = mergeStories(base, story([p("甲（对方改）"), p("乙"), p("丙"), p("丁")]), story([p("甲"), p("乙"), p("丙（我改）"), p("丁")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["甲（对方改）", "乙", "丙（我改）", "丁"]);
  });

  it("keeps edits of neighbouring paragraphs", () => {
    const merge = mergeStories(base, story([p("甲"), p("乙2"), p("丙"), p("丁")]), story([p("甲"), p("乙"), p("丙3"), p("丁")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["甲", "乙2", "丙3", "丁"]);
  });

  it("keeps insertions made by both sides at different places", () => {
    const merge = mergeStories(base, story([p("新一"), p("甲"), p("乙"), p("丙"), p("丁")]), story([p("甲"), p("乙"), p("丙"), p("新二"), p("丁"), p("新三")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["新一", "甲", "乙", "丙", "新二", "丁", "新三"]);
  });

  it("keeps both insertions at the same place, theirs first, and one copy of an identical one", () => {
    const both = mergeStories(base, story([p("甲"), p("对方加"), p("乙"), p("丙"), p("丁")]), story([p("甲"), p("我加"), p("乙"), p("丙"), p("丁")]));
    expect(both.conflicts).toEqual([]);
    expect(texts(both.story)).toEqual(["甲", "对方加", "我加", "乙", "丙", "丁"]);
    const same = mergeStories(base, story([p("甲"), p("同一句"), p("乙"), p("丙"), p("丁")]), story([p("甲"), p("同一句"), p("乙"), p("丙"), p("丁")]));
    expect(texts(same.story)).toEqual(["甲", "同一句", "乙", "丙", "丁"]);
  });

  it("applies deletions from either side next to the other side's edits", () => {
    const merge = mergeStories(base, story([p("甲"), p("丙"), p("丁")]), story([p("甲"), p("乙"), p("丙"), p("丁（我改）")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["甲", "丙", "丁（我改）"]);
  });

  it("deletes once what both deleted", () => {
    const merge = mergeStories(base, story([p("甲"), p("丙"), p("丁")]), story([p("甲"), p("丙"), p("丁")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["甲", "丙", "丁"]);
  });

  it("moves a paragraph and keeps the other side's edit elsewhere", () => {
    const merge = mergeStories(base, story([p("甲"), p("乙"), p("丙（对方改）"), p("丁")]), story([p("乙"), p("丙"), p("丁"), p("甲")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["乙", "丙（对方改）", "丁", "甲"]);
  });

  it("carries the other side's edit of a moved paragraph to its new place", () => {
    const merge = mergeStories(base, story([p("甲（对方改）"), p("乙"), p("丙"), p("丁")]), story([p("乙"), p("丙"), p("甲"), p("丁")]));
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["乙", "丙", "甲（对方改）", "丁"]);
  });

  it("reports a conflict when both edit one paragraph differently, with base, mine and theirs", () => {
    const merge = mergeStories(base, story([p("甲"), p("乙（对方）"), p("丙"), p("丁")]), story([p("甲"), p("乙（我的）"), p("丙"), p("丁（我改）")]));
    expect(merge.conflicts).toEqual([{ id: "block-1", kind: "block", base: p("乙"), mine: [p("乙（我的）")], theirs: [p("乙（对方）")] }]);
    // Until decided, theirs holds the place; my other edits are merged.
    expect(texts(merge.story)).toEqual(["甲", "乙（对方）", "丙", "丁（我改）"]);
    expect(texts(resolveMerge(merge, { "block-1": "mine" }))).toEqual(["甲", "乙（我的）", "丙", "丁（我改）"]);
    expect(texts(resolveMerge(merge, { "block-1": "theirs" }))).toEqual(["甲", "乙（对方）", "丙", "丁（我改）"]);
    expect(texts(resolveMerge(merge, { "block-1": "both" }))).toEqual(["甲", "乙（对方）", "乙（我的）", "丙", "丁（我改）"]);
    expect(() => resolveMerge(merge, {})).toThrow();
  });

  it("reports a conflict when one edits a paragraph the other deleted", () => {
    const merge = mergeStories(base, story([p("甲"), p("丙"), p("丁")]), story([p("甲"), p("乙（我改）"), p("丙"), p("丁")]));
    expect(merge.conflicts).toEqual([{ id: "block-1", kind: "block", base: p("乙"), mine: [p("乙（我改）")], theirs: [] }]);
    expect(texts(resolveMerge(merge, { "block-1": "theirs" }))).toEqual(["甲", "丙", "丁"]);
    expect(texts(resolveMerge(merge, { "block-1": "mine" }))).toEqual(["甲", "乙（我改）", "丙", "丁"]);
  });

  it("makes no conflict of the same edit made on both sides", () => {
    const same = story([p("甲"), p("乙，改了"), p("丙"), p("丁")], { headline: "同一个标题" });
    const merge = mergeStories(base, same, same);
    expect(merge.conflicts).toEqual([]);
    expect(merge.story).toEqual(same);
  });

  it("merges 下转 markers, subheads and figures as blocks", () => {
    const start = story([p("甲"), subhead("小标题"), p("乙"), jump(4), p("丙"), figure("图说")]);
    const theirs = story([p("甲"), subhead("小标题（改）"), p("乙"), jump(4), p("丙"), figure("图说")]);
    const mine = story([p("甲"), subhead("小标题"), p("乙"), jump(6), p("丙"), figure("新图说")]);
    const merge = mergeStories(start, theirs, mine);
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.story)).toEqual(["甲", "小标题（改）", "乙", "→6", "丙", "图:新图说"]);
    const moved = mergeStories(start, theirs, story([p("甲"), subhead("小标题"), p("乙"), p("丙"), jump(4), figure("图说")]));
    expect(texts(moved.story)).toEqual(["甲", "小标题（改）", "乙", "丙", "→4", "图:图说"]);
    const both = mergeStories(start, story([p("甲"), subhead("小标题"), p("乙"), jump(5), p("丙"), figure("图说")]), mine);
    expect(both.conflicts).toMatchObject([{ kind: "block", base: jump(4), mine: [jump(6)], theirs: [jump(5)] }]);
  });

  it("treats a block read back with its keys in another order, or null attributes left out, as unchanged", () => {
    const stored = story([{ content: [{ text: "甲", type: "text" }], type: "paragraph" } as TBlockNode, p("乙")]);
    const fromEditor = story([p("甲"), p("乙（我改）")]);
    const figureStored = story([figure("图说")]);
    const figureEditor = story([{ type: "figure", attrs: { caption: "图说", credit: "本报记者 耿新洲 摄" } } as TBlockNode]);
    expect(mergeStories(stored, stored, fromEditor).conflicts).toEqual([]);
    expect(mergeStories(figureStored, story([figure("图说"), p("新")]), figureEditor).story.body.content).toHaveLength(2);
  });

  it("leaves an empty paragraph to type into when everything was deleted", () => {
    const merge = mergeStories(story([p("甲")]), story([p("甲")]), story([]));
    expect(resolveMerge(merge, {}).body.content).toEqual([{ type: "paragraph" }]);
  });
});

describe("merging headline parts and story fields", () => {
  it("takes each side's change of different fields", () => {
    const merge = mergeStories(
      base,
      { ...base, subheadline: "——对方加的副题", sectionId: 3 },
      { ...base, kicker: "我加的引题——", kind: "news", columnName: null },
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.story).toMatchObject({ subheadline: "——对方加的副题", sectionId: 3, kicker: "我加的引题——", kind: "news", columnName: null });
  });

  it("reports a conflict on a field both changed differently, and none for the same change", () => {
    const merge = mergeStories(base, { ...base, headline: "对方的主题", dateline: "本报讯" }, { ...base, headline: "我的主题", dateline: "本报讯" });
    expect(merge.conflicts).toEqual([{ id: "field-headline", kind: "field", field: "headline", base: base.headline, mine: "我的主题", theirs: "对方的主题" }]);
    expect(merge.story.dateline).toBe("本报讯");
    expect(resolveMerge(merge, { "field-headline": "mine" }).headline).toBe("我的主题");
    expect(resolveMerge(merge, { "field-headline": "theirs" }).headline).toBe("对方的主题");
  });

  it("treats an empty field, a missing one and surrounding spaces as the same", () => {
    const merge = mergeStories(base, { ...base, kicker: "" }, { ...base, headline: ` ${base.headline} ` });
    expect(merge.conflicts).toEqual([]);
  });

  it("takes one side's change of the start page and the other's body edit", () => {
    const merge = mergeStories(base, { ...base, pageId: 11 }, story([p("甲（我改）"), p("乙"), p("丙"), p("丁")]));
    expect(merge.story.pageId).toBe(11);
    expect(texts(merge.story)[0]).toBe("甲（我改）");
  });
});

describe("merging bylines as one list", () => {
  const wang = { contributorId: 2, name: "王文安", role: "reporter", affiliation: "本报" } as const;
  const geng = { contributorId: null, name: "耿新洲", role: "photographer", affiliation: "本报" } as const;

  it("takes the list one side changed", () => {
    const merge = mergeStories(base, base, { ...base, bylines: [...base.bylines, geng] });
    expect(merge.conflicts).toEqual([]);
    expect(merge.story.bylines.map((b) => b.name)).toEqual(["冯静宁", "耿新洲"]);
  });

  it("is a conflict when both changed the list differently; both keeps theirs then my new names", () => {
    const theirs = { ...base, bylines: [...base.bylines, wang] };
    const mine = { ...base, bylines: [...base.bylines, geng] };
    const merge = mergeStories(base, theirs, mine);
    expect(merge.conflicts).toMatchObject([{ kind: "field", field: "bylines" }]);
    expect(resolveMerge(merge, { "field-bylines": "both" }).bylines.map((b) => b.name)).toEqual(["冯静宁", "王文安", "耿新洲"]);
    expect(resolveMerge(merge, { "field-bylines": "mine" }).bylines.map((b) => b.name)).toEqual(["冯静宁", "耿新洲"]);
  });

  it("is no conflict when both made the same change, even if only one side knows the person's id", () => {
    const merge = mergeStories(base, { ...base, bylines: [...base.bylines, { ...geng, contributorId: 9 }] }, { ...base, bylines: [...base.bylines, geng] });
    expect(merge.conflicts).toEqual([]);
  });
});

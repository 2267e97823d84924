// The desk's pure rules: an issue's release status, what is wrong with a story's jumps in an issue, the
// problems flagged on a page, and moving a story within a page's print order.
import { describe, expect, it } from "vitest";
import { movedAnnouncement, moveItem } from "@/components/newsroom/issues/print-order";
import type { TStoryDocument } from "@/lib/content/schema";
import { issueStatus } from "@/lib/issues/issue-status";
import { jumpDefects } from "@/lib/issues/jump-defects";
import { pageProblems } from "@/lib/issues/page-problems";

const text = (value: string) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text: value }] });
const jump = (toPage: number) => ({ type: "jump" as const, attrs: { toPage } });
const doc = (...content: TStoryDocument["content"]): TStoryDocument => ({ type: "doc", content });

describe("issue status", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("is planned without a release time, scheduled before it, released from it on", () => {
    expect(issueStatus({ releasedAt: null }, now)).toBe("planned");
    expect(issueStatus({ releasedAt: new Date("2026-12-01T00:00:01Z") }, now)).toBe("scheduled");
    expect(issueStatus({ releasedAt: now }, now)).toBe("released");
  });
});

describe("jump defects", () => {
  const pages = new Set([1, 2, 4]);
  it("finds a jump to a page the issue lacks and a jump to empty text, by the part that jumps", () => {
    expect(jumpDefects(doc(text("头"), jump(3), text("尾")), pages)).toEqual([{ fromPart: 0, toPage: 3, reason: "missing-page" }]);
    expect(jumpDefects(doc(text("头"), jump(2), text("中"), jump(4), { type: "paragraph" }), pages)).toEqual([
      { fromPart: 1, toPage: 4, reason: "empty-continuation" },
    ]);
    expect(jumpDefects(doc(text("头"), jump(4), text("尾")), pages)).toEqual([]);
  });
});

describe("page problems", () => {
  const pages = new Set([1, 2]);
  it("flags an empty page, drafts, a 上接 of an unpublished story and a dangling 下转 on the page it leaves", () => {
    expect(pageProblems([], pages)).toEqual(["本版还没有稿件"]);
    expect(pageProblems([{ headline: "草稿", sequence: 0, isDraft: true, body: doc(text("正文")) }], pages)).toEqual(["《草稿》还是草稿，尚未发布"]);
    expect(pageProblems([{ headline: "续篇", sequence: 1, isDraft: true, body: doc(text("头"), jump(2), text("尾")) }], pages)).toEqual([
      "上接的《续篇》尚未发布",
    ]);
    const dangling = { headline: "转版", sequence: 0, isDraft: false, body: doc(text("头"), jump(5), text("尾")) };
    expect(pageProblems([dangling], pages)).toEqual(["《转版》下转第5版，但本期没有该版"]);
    // The continuation's page does not repeat the problem of the part before it.
    expect(pageProblems([{ ...dangling, sequence: 1 }], pages)).toEqual([]);
  });
});

describe("print order", () => {
  it("moves one story up or down and leaves the others in order; out of range changes nothing", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(movedAnnouncement("标题", 0, 3)).toBe("《标题》已移到本版第 1 篇（共 3 篇）");
  });
});

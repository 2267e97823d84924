// The reusable story view (reader page and newsroom preview) and the byline as printed.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { groupBylines } from "@/components/reader/byline-line";
import { StoryView } from "@/components/reader/story-view";
import type { TArticleContent } from "@/lib/content/article-content";
import { formatBylines } from "@/lib/content/format-byline";

const content: TArticleContent = {
  kind: "feature",
  column: { id: 1, name: "以新气象新作为推动高质量发展取得新成效", slug: "c" },
  section: null,
  kicker: null,
  headline: "扩面有力度 服务有温度 监管有硬度",
  subheadline: "——我市充分发挥综合效能推动社保工作提质增效",
  dateline: null,
  bylines: [
    { contributorId: 1, name: "雷甫", role: "reporter", affiliation: "本报" },
    { contributorId: 2, name: "耿新洲", role: "photographer", affiliation: "本报" },
  ],
  body: {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "第一版的正文。" }] },
      { type: "jump", attrs: { toPage: 4 } },
    ],
  },
  charCount: 7,
  placement: {
    issueId: 1,
    issueDate: "2025-12-20",
    parts: [
      { sequence: 0, pageId: 1, pageNumber: 1, pageName: "要闻", position: 2 },
      { sequence: 1, pageId: 4, pageNumber: 4, pageName: null, position: 1 },
    ],
  },
};

describe("the story view", () => {
  it("renders the whole story with jumps, and says plainly when the continuation has no text yet", () => {
    const html = renderToStaticMarkup(<StoryView content={content} links={{ page: (n) => `/issues/2025-12-20/${n}` }} />);
    expect(html).toContain('<h1 class="headline">扩面有力度 服务有温度 监管有硬度</h1>');
    expect(html).toContain('<a href="/issues/2025-12-20/4">（下转第4版）</a>');
    expect(html).toContain('<a href="/issues/2025-12-20/1">（上接第1版）</a>');
    expect(html).toContain("本文在第4版的续文尚未录入");
    expect(html).toContain("字数 7");
  });

  it("prints without links when none are given (a draft preview)", () => {
    const html = renderToStaticMarkup(<StoryView content={content} />);
    expect(html).not.toContain("<a ");
    expect(html).toContain("（下转第4版）");
  });

  it("groups bylines exactly as the paper prints them", () => {
    const text = groupBylines(content.bylines)
      .map((group) => `${group.title} ${group.people.map((p) => p.name).join(" ")}${group.photo ? " 摄" : ""}`)
      .join(" ");
    expect(text).toBe(formatBylines(content.bylines));
    expect(text).toBe("本报记者 雷甫 本报记者 耿新洲 摄");
  });
});

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

/** The same story with its page-4 continuation entered. */
const continued: TArticleContent = {
  ...content,
  body: {
    type: "doc",
    content: [...content.body.content, { type: "paragraph", content: [{ type: "text", text: "第四版的续文。" }] }],
  },
};

describe("the story view", () => {
  it("renders the whole story with its jumps marked around text that exists", () => {
    const html = renderToStaticMarkup(<StoryView content={continued} links={{ page: (n) => `/issues/2025-12-20/${n}` }} />);
    expect(html).toContain('<h1 class="headline">扩面有力度 服务有温度 监管有硬度</h1>');
    expect(html).toContain('<a href="/issues/2025-12-20/4">（下转第4版）</a>');
    expect(html).toContain('<a href="/issues/2025-12-20/1">（上接第1版）</a>');
    expect(html.indexOf("（下转第4版）")).toBeLessThan(html.indexOf("（上接第1版）"));
    expect(html.indexOf("（上接第1版）")).toBeLessThan(html.indexOf("第四版的续文。"));
    expect(html).not.toContain("尚未录入");
  });

  it("shows no jump markers around a continuation without text, one quiet line instead", () => {
    const html = renderToStaticMarkup(<StoryView content={content} links={{ page: (n) => `/issues/2025-12-20/${n}` }} />);
    expect(html).not.toContain("（下转第4版）");
    expect(html).not.toContain("（上接第1版）");
    expect(html.match(/本文在第4版的续文尚未录入/g)).toHaveLength(1);
    // The issue line names only the pages that carry text.
    expect(html).toContain("第01版");
    expect(html).not.toContain("第04版");
  });

  it("shows readers no 字数", () => {
    const html = renderToStaticMarkup(<StoryView content={continued} />);
    expect(html).not.toContain("字数");
  });

  it("runs the 电头 into the first paragraph in bold, as in print", () => {
    const html = renderToStaticMarkup(<StoryView content={{ ...continued, dateline: "本报讯" }} />);
    expect(html).toContain("<p><span><strong>本报讯\u3000</strong></span><span>第一版的正文。</span></p>");
    expect(html).not.toContain('class="dateline"');
  });

  it("prints without links when none are given (a draft preview)", () => {
    const html = renderToStaticMarkup(<StoryView content={continued} />);
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

// Every story in a reader list shows its date: the issue date for print, the day it went online otherwise.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryListView } from "@/components/reader/story-list-view";
import type { TArticleContent } from "@/lib/content/article-content";
import type { TStoryList } from "@/lib/reader/get-story-list";

const base: TArticleContent = {
  kind: "news",
  column: null,
  section: null,
  kicker: null,
  headline: "印刷版稿件",
  subheadline: null,
  dateline: null,
  bylines: [],
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文。" }] }] },
  charCount: 3,
  placement: {
    issueId: 1,
    issueDate: "2025-12-20",
    parts: [{ sequence: 0, pageId: 1, pageNumber: 3, pageName: "民生", position: 1 }],
  },
};

function listOf(contents: TArticleContent[]): TStoryList {
  return {
    name: "测试",
    id: 1,
    page: 1,
    pageCount: 1,
    total: contents.length,
    stories: contents.map((content, index) => ({
      articleId: index + 1,
      content,
      href: `/articles/${index + 1}`,
      excerpt: "",
      // 17:30 UTC is already the next day in Beijing.
      datePublished: new Date("2025-12-21T17:30:00Z"),
      dateModified: new Date("2025-12-21T17:30:00Z"),
    })),
  };
}

describe("a reader story list", () => {
  it("dates every story, print and web-only", () => {
    const html = renderToStaticMarkup(
      <StoryListView title="测试" list={listOf([base, { ...base, headline: "网络稿件", placement: null }])} pageHref={(n) => `/x/${n}`} />,
    );
    expect(html).toContain('<time dateTime="2025-12-20">2025年12月20日</time> 第03版');
    expect(html).toContain('<time dateTime="2025-12-21T17:30:00.000Z">2025年12月22日 网络版</time>');
  });
});

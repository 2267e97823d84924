// The end of a story: 上一篇/下一篇 and 返回本版.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StoryNav } from "@/components/reader/story-nav";

const page = { label: "第01版 要闻", href: "/issues/2025-12-20/1#article-7" };

describe("the story navigation", () => {
  it("links the stories before and after on the page, and back to the page", () => {
    const html = renderToStaticMarkup(
      <StoryNav neighbours={{ page, previous: { headline: "甲", href: "/articles/6-a" }, next: { headline: "乙", href: "/articles/8-b" } }} />,
    );
    expect(html).toContain('上一篇：<a href="/articles/6-a">甲</a>');
    expect(html).toContain('下一篇：<a href="/articles/8-b">乙</a>');
    expect(html).toContain('<a href="/issues/2025-12-20/1#article-7">返回本版（第01版 要闻）</a>');
  });

  it("leaves out a side without a story", () => {
    const html = renderToStaticMarkup(<StoryNav neighbours={{ page, previous: null, next: null }} />);
    expect(html).not.toContain("上一篇");
    expect(html).not.toContain("下一篇");
    expect(html).toContain("返回本版");
  });
});

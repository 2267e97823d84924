// What a change tells the reader caches: the tags every instance drops and the URLs the HTTP caches refresh.
import { describe, expect, it } from "vitest";
import type { TArticleContent } from "@/lib/content/article-content";
import { READER_ALL_TAG, READER_LATEST_PATHS } from "@/lib/reader-change/cache-tags";
import { readerChangePayload } from "@/lib/reader-change/notify-reader-change";
import { readerChangeOf } from "@/lib/reader-change/reader-change-of";

function content(overrides: Partial<TArticleContent>): TArticleContent {
  return {
    kind: "news",
    column: null,
    section: null,
    kicker: null,
    headline: "家门口的幸福食光",
    subheadline: null,
    dateline: null,
    bylines: [{ contributorId: 3, name: "冯静宁", role: "reporter", affiliation: "本报" }],
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文" }] }] },
    charCount: 2,
    placement: null,
    ...overrides,
  };
}

describe("readerChangeOf", () => {
  it("names the URLs of the old and the new version: story, issue, pages, column and bylines", () => {
    const before = content({
      headline: "旧标题",
      placement: { issueId: 1, issueDate: "2025-12-20", parts: [{ sequence: 1, pageId: 10, pageNumber: 1, pageName: "要闻", position: 3 }] },
    });
    const after = content({
      headline: "新标题",
      column: { id: 2, name: "四中全会精神在基层", slug: "si-zhong" },
      placement: {
        issueId: 1,
        issueDate: "2025-12-20",
        parts: [
          { sequence: 1, pageId: 10, pageNumber: 1, pageName: "要闻", position: 3 },
          { sequence: 2, pageId: 13, pageNumber: 4, pageName: null, position: 1 },
        ],
      },
    });
    const change = readerChangeOf(7, [after, before]);
    expect(change.paths?.sort()).toEqual(
      [
        "/articles/7",
        `/articles/7-${encodeURIComponent("新标题")}`,
        `/articles/7-${encodeURIComponent("旧标题")}`,
        "/issues/2025-12-20",
        "/issues/2025-12-20/1",
        "/issues/2025-12-20/4",
        "/sitemaps/2025-12.xml",
        "/columns/si-zhong",
        "/bylines/3",
      ].sort(),
    );
    expect(change.pageIds?.sort()).toEqual([10, 13]);
  });
});

describe("readerChangePayload", () => {
  it("carries tags and URLs, the latest lists always among them", () => {
    const payload = JSON.parse(readerChangePayload({ articleIds: [7], paths: ["/articles/7"] }));
    expect(payload.tags).toEqual(["article:7", "latest"]);
    expect(payload.paths).toEqual([...READER_LATEST_PATHS, "/articles/7"].sort());
  });

  it("stays under PostgreSQL's NOTIFY limit: URLs go first, then every tag for 'everything'", () => {
    const longPaths = Array.from({ length: 100 }, (_, n) => `/articles/${n}-${encodeURIComponent("很长的标题".repeat(5))}`);
    const withoutPaths = JSON.parse(readerChangePayload({ articleIds: [1, 2, 3], paths: longPaths }));
    expect(withoutPaths).toEqual({ tags: ["article:1", "article:2", "article:3", "latest"], paths: [] });
    const manyIds = Array.from({ length: 2_000 }, (_, n) => n);
    expect(JSON.parse(readerChangePayload({ articleIds: manyIds }))).toEqual({ tags: [READER_ALL_TAG], paths: [] });
  });
});

// 标题导航 is written as an HTML string for speed; it must be the markup React writes for the same list,
// with every headline and page name escaped, whatever they contain.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HeadlineNav } from "@/components/reader/headline-nav";
import type { THeadlineEntry } from "@/lib/reader/get-issue-view";
import type { TIssuePage } from "@/lib/reader/issue-pages";
import { pageLabel, readerPaths } from "@/lib/reader-change/urls";

type TPages = Array<TIssuePage & { headlines: THeadlineEntry[] }>;

/** The list as React elements: what the issue view rendered before. */
function ReactHeadlineNav({ date, pages }: { date: string; pages: TPages }) {
  return (
    <section className="headline-nav" aria-labelledby="headline-nav-title">
      <h2 id="headline-nav-title">标题导航</h2>
      {pages.map((page) => (
        <section key={page.id} aria-labelledby={`page-${page.number}`}>
          <h3 id={`page-${page.number}`}>
            <a href={readerPaths.page(date, page.number)}>
              {pageLabel(page.number)}
              {page.name ? ` ${page.name}` : ""}
            </a>
          </h3>
          {page.headlines.length > 0 ? (
            <ul>
              {page.headlines.map((entry) => (
                <li key={`${entry.articleId}-${entry.sequence}`}>
                  <a href={entry.href}>{entry.headline}</a>
                  {entry.sequence > 0 && <span className="continued">（续）</span>}
                  {!entry.hasText && <span className="continued">续文尚未录入</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="notice">本版内容尚未录入。</p>
          )}
        </section>
      ))}
    </section>
  );
}

const entry = (articleId: number, headline: string, sequence = 0, hasText = true): THeadlineEntry => ({
  articleId,
  sequence,
  headline,
  kind: "news",
  href: readerPaths.article(articleId, headline),
  hasText,
});

const pages: TPages = [
  { id: 1, number: 1, name: "要闻", headlines: [entry(1, "扩面有力度 服务有温度"), entry(2, "图片新闻"), entry(3, "“晋中造”走向全国（上）")] },
  { id: 2, number: 2, name: null, headlines: [] },
  { id: 3, number: 3, name: "", headlines: [entry(4, "续篇", 1, true), entry(5, "未录入的续文", 2, false)] },
  {
    id: 4,
    number: 12,
    name: `<script>alert("x")</script> & 'q'`,
    headlines: [
      entry(6, `</a><script>alert('x')</script>`),
      { ...entry(7, `"><img src=x onerror=alert(1)>`), href: `/articles/7?"><b>&'` },
      entry(8, "A & B <c> \"d\" 'e'", 1, false),
    ],
  },
];

describe("HeadlineNav", () => {
  it("writes exactly what React writes for the same headlines", () => {
    for (const list of [pages, [], pages.slice(1, 2), pages.slice(3)]) {
      expect(renderToString(<HeadlineNav date="2025-12-20" pages={list} />)).toBe(renderToString(<ReactHeadlineNav date="2025-12-20" pages={list} />));
    }
  });

  it("escapes headlines, page names and links", () => {
    const html = renderToString(<HeadlineNav date="2025-12-20" pages={pages} />);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;/a&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
  });
});

// 上一期/下一期 under the front, issue and page views.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IssueNav } from "@/components/reader/issue-nav";

describe("the issue navigation", () => {
  it("links the issues before and after, and the archive", () => {
    const html = renderToStaticMarkup(<IssueNav adjacent={{ previous: "2025-12-19", next: "2025-12-22" }} />);
    expect(html).toContain('<a href="/issues/2025-12-19">上一期 2025年12月19日</a>');
    expect(html).toContain('<a href="/issues/2025-12-22">下一期 2025年12月22日</a>');
    expect(html).toContain('<a href="/issues">往期回顾</a>');
  });

  it("leaves out a side without an issue, and the whole 翻期 bar without either, keeping the date picker", () => {
    const html = renderToStaticMarkup(<IssueNav adjacent={{ previous: "2025-12-19", next: null }} />);
    expect(html).not.toContain("下一期");
    const alone = renderToStaticMarkup(<IssueNav adjacent={{ previous: null, next: null }} />);
    expect(alone).not.toContain("翻期");
    expect(alone).toContain('<form class="date-jump" action="/issues/go" method="get">');
  });

  it("offers the date picker as a plain GET form, filled with the day shown", () => {
    const html = renderToStaticMarkup(<IssueNav adjacent={{ previous: null, next: null }} date="2025-12-20" />);
    expect(html).toContain('<input type="date" required="" name="date" value="2025-12-20"/>');
  });
});

// 版面导航: every page of the issue (第01版 要闻, 第04版 …), the current one marked.
import type { TIssuePage } from "@/lib/reader/issue-pages";
import { pageLabel, readerPaths } from "@/lib/reader-change/urls";

export function PageNav({ date, pages, current }: { date: string; pages: readonly TIssuePage[]; current?: number }) {
  return (
    <nav className="page-nav" aria-label="版面导航">
      <h2>版面导航</h2>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            <a href={readerPaths.page(date, page.number)} aria-current={page.number === current ? "page" : undefined}>
              {pageLabel(page.number)}
              {page.name ? ` ${page.name}` : ""}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The frame of every reader page: skip link, masthead (with the search box), site navigation, main landmark, footer.
// The masthead is the page's h1 only on the front page; everywhere else the page's own title is.
import type { ReactNode } from "react";
import { formatChineseDate, weekdayOf } from "@/lib/reader-change/urls";

export interface TEdition {
  date: string;
  number: number | null;
}

export function ReaderPage({ children, edition, mastheadIsTitle = false }: { children: ReactNode; edition?: TEdition | null; mastheadIsTitle?: boolean }) {
  const Title = mastheadIsTitle ? "h1" : "p";
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="masthead">
        <Title className="masthead-title">
          <a href="/">晋中日报</a>
        </Title>
        {edition && (
          <p className="masthead-edition">
            {formatChineseDate(edition.date)} {weekdayOf(edition.date)}
            {edition.number ? ` · 第${edition.number}期` : ""}
          </p>
        )}
        <nav aria-label="网站导航" className="site-nav">
          <ul>
            <li>
              <a href="/">今日报纸</a>
            </li>
            <li>
              <a href="/issues">往期回顾</a>
            </li>
            <li>
              <a href="/feed.xml">RSS订阅</a>
            </li>
          </ul>
        </nav>
        {/* A plain GET form: search works without JavaScript. */}
        <search aria-label="站内搜索">
          <form className="masthead-search" action="/search" method="get">
            <label htmlFor="masthead-q" className="visually-hidden">
              搜索报道
            </label>
            <input id="masthead-q" type="search" name="q" maxLength={100} placeholder="搜索人名、地名、标题" />
            <button type="submit">搜索</button>
          </form>
        </search>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>晋中日报社 版权所有 · 数字报</p>
      </footer>
    </>
  );
}

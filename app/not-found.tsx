// The 404 page for every unknown URL: unknown dates, pages, stories, columns and bylines.
import type { Metadata } from "next";
import { ReaderPage } from "@/components/reader/reader-page";

export const metadata: Metadata = { title: "页面不存在", robots: { index: false } };

export default function NotFound() {
  return (
    <ReaderPage>
      <h1 className="page-title">页面不存在</h1>
      <p>你要找的页面不存在，可能是日期、版次或稿件编号有误，或者稿件已经撤下。</p>
      <ul className="nearest">
        <li>
          <a href="/">阅读今日报纸</a>
        </li>
        <li>
          <a href="/issues">往期回顾</a>
        </li>
      </ul>
    </ReaderPage>
  );
}

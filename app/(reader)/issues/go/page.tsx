// /issues/go?date=YYYY-MM-DD: the date picker's target (a plain GET form, so it works without JavaScript).
// A day with a released issue goes straight to it; any other day says so and offers the nearest issues.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DateJump } from "@/components/reader/date-jump";
import { ReaderPage } from "@/components/reader/reader-page";
import { findIssueDay } from "@/lib/reader/find-issue-day";
import { formatChineseDate, readerPaths } from "@/lib/reader-change/urls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "按日期查看", robots: { index: false } };

export default async function GoToDatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { date } = await searchParams;
  const day = await findIssueDay(typeof date === "string" ? date : "");
  if (day.kind === "issue") redirect(readerPaths.issue(day.date));
  return (
    <ReaderPage>
      <h1 className="page-title">按日期查看</h1>
      {day.kind === "invalid" ? (
        <p role="alert">请选择一个有效的日期，例如 2025-12-20。</p>
      ) : (
        <>
          <p role="status">{`${formatChineseDate(day.date)}没有出版报纸。`}</p>
          <ul className="nearest">
            {day.previous && (
              <li>
                <a href={readerPaths.issue(day.previous)}>{`之前最近的一期：${formatChineseDate(day.previous)}`}</a>
              </li>
            )}
            {day.next && (
              <li>
                <a href={readerPaths.issue(day.next)}>{`之后最近的一期：${formatChineseDate(day.next)}`}</a>
              </li>
            )}
            <li>
              <a href="/issues">往期回顾</a>
            </li>
          </ul>
        </>
      )}
      <DateJump defaultDate={day.kind === "invalid" ? undefined : day.date} />
    </ReaderPage>
  );
}

// /issues/YYYY-MM-DD: one issue (版面导航 + 标题导航), or the page saying there was no paper that day.
// /issues/YYYY-MM: the archive calendar of that month.
// Days and months far from any issue are a 404, which is never stored (lib/reader/route-cache-handler.mjs):
// only the archive's span (plus a month either side) can fill Next's route cache, not every date to 2100.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HeadlineNav } from "@/components/reader/headline-nav";
import { IssueNav } from "@/components/reader/issue-nav";
import { MonthCalendar } from "@/components/reader/month-calendar";
import { PageNav } from "@/components/reader/page-nav";
import { ReaderPage } from "@/components/reader/reader-page";
import { todayInNewsroom } from "@/lib/issues/issue-date";
import { getArchiveMonth } from "@/lib/reader/get-archive-month";
import { getIssueView } from "@/lib/reader/get-issue-view";
import { ZIssuesSegment } from "@/lib/reader/params";
import { absoluteUrl } from "@/lib/reader/site-url";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { formatChineseDate, readerPaths } from "@/lib/reader-change/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ date: string }> };

/** How far from a released issue a day without one still gets its "no paper that day" page. */
const NO_ISSUE_PAGE_DAYS = 31;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function isNearAnIssue(view: { date: string; previous: string | null; next: string | null }): boolean {
  if (view.date > todayInNewsroom()) return false;
  return [view.previous, view.next].some((issue) => issue !== null && daysBetween(issue, view.date) <= NO_ISSUE_PAGE_DAYS);
}

async function load(props: TProps) {
  const segment = ZIssuesSegment.safeParse((await props.params).date);
  if (!segment.success) notFound();
  if (segment.data.kind === "month") {
    const { archive, tags } = await getArchiveMonth(segment.data.month);
    // A month without issues outside the archive's span: nothing to show, nothing links to it.
    if (archive.issueDates.length === 0 && !(archive.previousMonth && archive.nextMonth)) notFound();
    await tagReaderRender(tags);
    return { kind: "month" as const, archive };
  }
  const { view, tags } = await getIssueView(segment.data.date);
  if (view.kind === "no-issue" && !isNearAnIssue(view)) notFound();
  await tagReaderRender(tags);
  return view;
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const loaded = await load(props);
  if (loaded.kind === "month")
    return { title: `往期回顾 ${loaded.archive.month}`, alternates: { canonical: absoluteUrl(readerPaths.month(loaded.archive.month)) } };
  if (loaded.kind === "no-issue") return { title: `${formatChineseDate(loaded.date)} 无报纸`, robots: { index: false } };
  return {
    title: `${formatChineseDate(loaded.issue.date)} 本期目录`,
    description: `晋中日报${formatChineseDate(loaded.issue.date)}共${loaded.pages.length}个版面`,
    alternates: { canonical: absoluteUrl(readerPaths.issue(loaded.issue.date)) },
  };
}

export default async function IssuePage(props: TProps) {
  const loaded = await load(props);
  if (loaded.kind === "month") {
    return (
      <ReaderPage>
        <h1 className="page-title">往期回顾</h1>
        <MonthCalendar archive={loaded.archive} />
      </ReaderPage>
    );
  }
  if (loaded.kind === "no-issue") {
    return (
      <ReaderPage>
        <h1 className="page-title">{formatChineseDate(loaded.date)}没有出版报纸</h1>
        <p>这一天没有出版的晋中日报。你可以阅读离这一天最近的报纸：</p>
        <ul className="nearest">
          {loaded.previous && (
            <li>
              前一期：<a href={readerPaths.issue(loaded.previous)}>{formatChineseDate(loaded.previous)}</a>
            </li>
          )}
          {loaded.next && (
            <li>
              后一期：<a href={readerPaths.issue(loaded.next)}>{formatChineseDate(loaded.next)}</a>
            </li>
          )}
          <li>
            <a href={readerPaths.month(loaded.date.slice(0, 7))}>查看当月的出版日历</a>
          </li>
        </ul>
      </ReaderPage>
    );
  }
  const { issue, pages } = loaded;
  return (
    <ReaderPage edition={issue}>
      <h1 className="page-title">{formatChineseDate(issue.date)} 本期目录</h1>
      <PageNav date={issue.date} pages={pages} />
      <IssueNav adjacent={loaded.adjacentIssues} />
      <HeadlineNav date={issue.date} pages={pages} />
    </ReaderPage>
  );
}

// 上一期/下一期: the released issues just before and after the one shown (front, issue and page views), and
// the date picker that jumps to any day.
import { formatChineseDate, readerPaths } from "@/lib/reader-change/urls";
import { DateJump } from "./date-jump";

export interface TAdjacentIssues {
  previous: string | null;
  next: string | null;
}

export function IssueNav({ adjacent, date }: { adjacent: TAdjacentIssues; date?: string }) {
  return (
    <>
      {(adjacent.previous || adjacent.next) && (
        <nav className="prev-next issue-nav" aria-label="翻期">
          {adjacent.previous ? <a href={readerPaths.issue(adjacent.previous)}>上一期 {formatChineseDate(adjacent.previous)}</a> : <span />}
          <a href="/issues">往期回顾</a>
          {adjacent.next ? <a href={readerPaths.issue(adjacent.next)}>下一期 {formatChineseDate(adjacent.next)}</a> : <span />}
        </nav>
      )}
      <DateJump defaultDate={date} />
    </>
  );
}

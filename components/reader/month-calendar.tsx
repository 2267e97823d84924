// 往期回顾: a month as a calendar of plain links; only days with a released issue are links; and the date
// picker for any other month.
import type { TArchiveMonth } from "@/lib/reader/get-archive-month";
import { readerPaths } from "@/lib/reader-change/urls";
import { DateJump } from "./date-jump";

const WEEK_HEAD = ["日", "一", "二", "三", "四", "五", "六"];

function monthTitle(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return `${year}年${m}月`;
}

export function MonthCalendar({ archive }: { archive: TArchiveMonth }) {
  const [year, month] = archive.month.split("-").map(Number) as [number, number];
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const issues = new Set(archive.issueDates);
  const cells: Array<{ key: string; day: number | null }> = [
    ...Array.from({ length: firstWeekday }, (_, i) => ({ key: `before-${i}`, day: null })),
    ...Array.from({ length: days }, (_, i) => ({ key: `day-${i + 1}`, day: i + 1 })),
  ];
  while (cells.length % 7 !== 0) cells.push({ key: `after-${cells.length}`, day: null });
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <section className="calendar" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{monthTitle(archive.month)}</h2>
      <nav className="prev-next" aria-label="翻月">
        {archive.previousMonth ? <a href={readerPaths.month(archive.previousMonth)}>上一月 {monthTitle(archive.previousMonth)}</a> : <span />}
        {archive.nextMonth ? <a href={readerPaths.month(archive.nextMonth)}>下一月 {monthTitle(archive.nextMonth)}</a> : <span />}
      </nav>
      <table>
        <caption className="visually-hidden">{monthTitle(archive.month)}出版日历，有链接的日期可以阅读当天的报纸</caption>
        <thead>
          <tr>
            {WEEK_HEAD.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.key}>
              {week.map(({ key, day }) => {
                if (day === null) return <td key={key} />;
                const date = `${archive.month}-${String(day).padStart(2, "0")}`;
                return (
                  <td key={date}>
                    {issues.has(date) ? (
                      <a href={readerPaths.issue(date)} aria-label={`${monthTitle(archive.month)}${day}日的报纸`}>
                        {day}
                      </a>
                    ) : (
                      <span className="no-issue">{day}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {archive.issueDates.length === 0 && <p className="notice">本月没有出版的报纸。</p>}
      <DateJump />
    </section>
  );
}

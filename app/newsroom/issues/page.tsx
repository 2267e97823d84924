// 版面编排: the issues of a month with status, pages, stories per page and problems; plan a new issue.
import type { Metadata } from "next";
import Link from "next/link";
import { IssuePlanForm } from "@/components/newsroom/issues/issue-plan-form";
import { listDeskIssues, ZDeskMonth } from "@/lib/articles/list-desk-issues";
import { getDb } from "@/lib/db/client";
import { todayInNewsroom } from "@/lib/issues/issue-date";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { actorOf, requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "版面编排" };

function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 2000, (number ?? 1) - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

export default async function IssuesDesk({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(["ADMIN"], "/newsroom/issues");
  const raw = await searchParams;
  const month = ZDeskMonth.safeParse(raw.month);
  const calendar = await listDeskIssues(actorOf(user), month.success ? month.data : todayInNewsroom().slice(0, 7));
  const sections = await getDb().section.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <main className="nr-main">
      <h1>版面编排</h1>
      <nav className="nr-filters" aria-label="月份">
        <Link href={`/newsroom/issues?month=${shiftMonth(calendar.month, -1)}`}>上个月</Link>
        <strong>{calendar.month}</strong>
        <Link href={`/newsroom/issues?month=${shiftMonth(calendar.month, 1)}`}>下个月</Link>
      </nav>
      {calendar.issues.length === 0 ? (
        <p>这个月还没有报纸。</p>
      ) : (
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">期号</th>
              <th scope="col">状态</th>
              <th scope="col">版面（稿件数）</th>
              <th scope="col">问题</th>
            </tr>
          </thead>
          <tbody>
            {calendar.issues.map((issue) => (
              <tr key={issue.id}>
                <td>
                  <Link href={`/newsroom/issues/${issue.id}`}>{issue.date}</Link>
                </td>
                <td>{issue.number ?? "—"}</td>
                <td>
                  {ISSUE_STATUS_LABELS[issue.status]}
                  {issue.status === "scheduled" && issue.releasedAt && (
                    <span className="nr-muted">（{new Date(issue.releasedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}）</span>
                  )}
                </td>
                <td>
                  {issue.pages.map((page) => `${page.number} ${page.name ?? ""}（${page.storyCount}）`).join("、")} · 共 {issue.pages.length} 版
                </td>
                <td>{issue.problems.length === 0 ? "无" : <span title={issue.problems.join("\n")}>{issue.problems.length} 个</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="nr-card" aria-labelledby="new-issue">
        <h2 id="new-issue" style={{ marginTop: 0, fontSize: "1rem" }}>
          新建一期
        </h2>
        <IssuePlanForm mode="create" date={calendar.suggestion.date} number={calendar.suggestion.number} pages={[]} sections={sections} />
      </section>
    </main>
  );
}

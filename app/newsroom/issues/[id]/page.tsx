// One issue on the desk: release it (now or at a time) or withdraw it, edit its page plan, see each page's
// stories and problems.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssuePlanForm } from "@/components/newsroom/issues/issue-plan-form";
import { ReleaseControls } from "@/components/newsroom/issues/release-controls";
import { getIssueDesk } from "@/lib/articles/get-issue-desk";
import { getDb } from "@/lib/db/client";
import { articleIdParam } from "@/lib/http/article-param";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { actorOf, requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "编排一期" };

export default async function IssueDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const issueId = articleIdParam((await params).id);
  const user = await requirePageUser(["ADMIN"], `/newsroom/issues/${issueId}`);
  const desk = await getIssueDesk(actorOf(user), issueId);
  if (!desk) notFound();
  const sections = await getDb().section.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <main className="nr-main">
      <p>
        <Link href={`/newsroom/issues?month=${desk.date.slice(0, 7)}`}>← 版面编排</Link>
      </p>
      <h1>
        {desk.date} {desk.number !== null && `第${desk.number}期`}（{ISSUE_STATUS_LABELS[desk.status]}）
      </h1>
      {desk.status === "scheduled" && desk.releasedAt && (
        <p className="nr-notice">将于 {new Date(desk.releasedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}（北京时间）发布</p>
      )}
      <section className="nr-card" aria-labelledby="release">
        <h2 id="release" style={{ marginTop: 0, fontSize: "1rem" }}>
          发布
        </h2>
        <ReleaseControls issueId={desk.id} date={desk.date} status={desk.status} />
        <p>
          <Link href={`/newsroom/issues/${desk.id}/preview`}>预览整期（读者将看到的样子）</Link>
        </p>
      </section>
      <section aria-labelledby="pages">
        <h2 id="pages" style={{ fontSize: "1rem" }}>
          版面
        </h2>
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">版次</th>
              <th scope="col">版名</th>
              <th scope="col">稿件</th>
              <th scope="col">问题</th>
            </tr>
          </thead>
          <tbody>
            {desk.pages.map((page) => (
              <tr key={page.id}>
                <td>
                  <Link href={`/newsroom/issues/${desk.id}/pages/${page.number}`}>第{page.number}版</Link>
                </td>
                <td>
                  {page.name ?? "（未命名）"}
                  {page.sectionName && <span className="nr-muted"> · {page.sectionName}</span>}
                </td>
                <td>{page.stories.map((story) => story.headline || "（无标题图片）").join("、") || "—"}</td>
                <td>
                  {page.problems.length === 0 ? (
                    "无"
                  ) : (
                    <ul className="nr-problems">
                      {page.problems.map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="nr-card" aria-labelledby="plan">
        <h2 id="plan" style={{ marginTop: 0, fontSize: "1rem" }}>
          版面计划
        </h2>
        <IssuePlanForm
          mode="edit"
          issueId={desk.id}
          date={desk.date}
          number={desk.number}
          pages={desk.pages.map((page) => ({ number: page.number, name: page.name ?? `第${page.number}版`, sectionId: page.sectionId }))}
          sections={sections}
        />
      </section>
    </main>
  );
}

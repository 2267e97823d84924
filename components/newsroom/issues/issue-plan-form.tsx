"use client";
// The page plan of an issue: date and 期号 (when creating), then each page's 版名 and section. "Copy the
// previous issue's plan" fills the pages from the latest issue before the date.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { issuesApi } from "@/lib/newsroom-client/issues";

export interface TSectionChoice {
  id: number;
  name: string;
}

interface TPlannedPage {
  number: number;
  name: string;
  sectionId: number | null;
}

interface TProps {
  mode: "create" | "edit";
  issueId?: number;
  date: string;
  number: number | null;
  pages: TPlannedPage[];
  sections: TSectionChoice[];
}

export function IssuePlanForm(props: TProps) {
  const router = useRouter();
  const [date, setDate] = useState(props.date);
  const [number, setNumber] = useState(props.number === null ? "" : String(props.number));
  const [pages, setPages] = useState<TPlannedPage[]>(props.pages.length > 0 ? props.pages : [{ number: 1, name: "要闻", sectionId: null }]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const setPage = (index: number, page: Partial<TPlannedPage>) => setPages((all) => all.map((old, at) => (at === index ? { ...old, ...page } : old)));

  async function copyPrevious() {
    const result = await issuesApi.previousPlan(date);
    if (result.kind !== "ok") return setMessage({ error: true, text: result.message });
    if (!result.data.plan) return setMessage({ error: true, text: "这一天之前还没有任何一期可以复制" });
    setPages(result.data.plan.pages);
    setMessage({ error: false, text: `已复制 ${result.data.plan.date} 的 ${result.data.plan.pages.length} 个版面` });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const plan = { number: number.trim() === "" ? null : Number(number), pages };
    const result = props.mode === "create" ? await issuesApi.createIssue({ ...plan, date }) : await issuesApi.updatePlan(props.issueId ?? 0, plan);
    setBusy(false);
    if (result.kind !== "ok") return setMessage({ error: true, text: result.message });
    setMessage({ error: false, text: props.mode === "create" ? "已建立新的一期" : "版面计划已保存" });
    if (props.mode === "create") router.push(`/newsroom/issues/${result.data.id}`);
    else router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label={props.mode === "create" ? "新建一期" : "版面计划"}>
      <div className="nr-filters">
        {props.mode === "create" && (
          <label>
            出版日期
            <input type="date" name="date" required value={date} onChange={(event) => setDate(event.target.value)} />
          </label>
        )}
        <label>
          期号
          <input name="number" inputMode="numeric" pattern="[0-9]*" value={number} onChange={(event) => setNumber(event.target.value)} />
        </label>
        <label>
          版数
          <input
            type="number"
            name="pageCount"
            min={1}
            max={64}
            value={pages.length}
            onChange={(event) => {
              const count = Math.max(1, Math.min(64, Number(event.target.value) || 1));
              // Pages are added after the last number and removed from the end.
              setPages((all) => {
                const next = all.slice(0, count);
                while (next.length < count) {
                  const number = (next.at(-1)?.number ?? 0) + 1;
                  next.push({ number, name: `第${number}版`, sectionId: null });
                }
                return next;
              });
            }}
          />
        </label>
        <button type="button" className="nr-secondary" onClick={copyPrevious}>
          复制前一期的版面
        </button>
      </div>
      <table className="nr-table">
        <thead>
          <tr>
            <th scope="col">版次</th>
            <th scope="col">版名</th>
            <th scope="col">栏目分类</th>
            <th scope="col">
              <span className="nr-muted">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page, index) => (
            <tr key={page.number}>
              <td>第{page.number}版</td>
              <td>
                <input
                  aria-label={`第${page.number}版版名`}
                  required
                  maxLength={20}
                  value={page.name}
                  onChange={(event) => setPage(index, { name: event.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`第${page.number}版栏目分类`}
                  value={page.sectionId ?? ""}
                  onChange={(event) => setPage(index, { sectionId: event.target.value ? Number(event.target.value) : null })}
                >
                  <option value="">（无）</option>
                  {props.sections.map((section) => (
                    <option key={section.id} value={section.id}>
                      {section.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`删除第${page.number}版`}
                  disabled={pages.length === 1}
                  onClick={() => setPages((all) => all.filter((_, at) => at !== index))}
                >
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="submit" className="nr-primary" disabled={busy}>
          {props.mode === "create" ? "建立这一期" : "保存版面计划"}
        </button>
      </p>
      {message && (
        <p className={message.error ? "nr-error" : "nr-notice"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </form>
  );
}

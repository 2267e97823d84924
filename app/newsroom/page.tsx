import type { Metadata } from "next";
import Link from "next/link";
import { NewStoryForm } from "@/components/editor/new-story-form";
import { ARTICLE_KIND_LABELS, type TArticleKindName, untitledLabel } from "@/lib/articles/kind-labels";
import { listNewsroomArticles, listPlacementChoices, type TNewsroomFilter, ZNewsroomFilter } from "@/lib/articles/list-newsroom-articles";
import { STATUS_LABELS } from "@/lib/articles/status";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "稿件" };

function formatTime(iso: string): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );
}

function listHref(filter: TNewsroomFilter, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["q", "date", "from", "to", "column", "byline"] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (filter.section) query.set("section", String(filter.section));
  if (filter.status) query.set("status", filter.status);
  query.set("page", String(page));
  return `/newsroom?${query}`;
}

export default async function NewsroomHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filter = ZNewsroomFilter.parse({
    q: one(raw.q),
    from: one(raw.from),
    to: one(raw.to),
    column: one(raw.column),
    byline: one(raw.byline),
    date: raw.date || undefined,
    section: raw.section || undefined,
    status: raw.status || undefined,
    page: raw.page || undefined,
  });
  const [{ groups, page, pageCount, total, capped }, pages, sections, columns] = await Promise.all([
    listNewsroomArticles(filter),
    listPlacementChoices(),
    getDb().section.findMany({ orderBy: { name: "asc" } }),
    getDb().column.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  return (
    <main className="nr-main">
      <h1>稿件</h1>
      <section className="nr-card" aria-labelledby="new-story">
        <h2 id="new-story" style={{ marginTop: 0, fontSize: "1rem" }}>
          新建稿件
        </h2>
        <NewStoryForm pages={pages} />
      </section>

      <form method="get" className="nr-card nr-filters" aria-label="搜索与筛选">
        <label>
          搜索
          <input type="search" name="q" defaultValue={filter.q ?? ""} maxLength={100} placeholder="标题、正文中的词" />
        </label>
        <label>
          出版日期
          <input type="date" name="date" defaultValue={filter.date ?? ""} />
        </label>
        <label>
          日期从
          <input type="date" name="from" defaultValue={filter.from ?? ""} />
        </label>
        <label>
          日期到
          <input type="date" name="to" defaultValue={filter.to ?? ""} />
        </label>
        <label>
          栏目
          <select name="column" defaultValue={filter.column ?? ""}>
            <option value="">全部</option>
            {columns.map((column) => (
              <option key={column.name} value={column.name}>
                {column.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          署名
          <input name="byline" defaultValue={filter.byline ?? ""} maxLength={40} placeholder="作者姓名" />
        </label>
        <label>
          栏目分类
          <select name="section" defaultValue={filter.section ? String(filter.section) : ""}>
            <option value="">全部</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          状态
          <select name="status" defaultValue={filter.status ?? ""}>
            <option value="">全部</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="nr-secondary">
          筛选
        </button>
        <Link href="/newsroom">清除</Link>
      </form>

      {groups.length === 0 ? (
        <p className="nr-muted">没有符合条件的稿件。</p>
      ) : (
        <p className="nr-muted">{capped ? `超过 ${total} 篇，按最后修改时间列出最近的 ${total} 篇；可用日期、栏目、署名等条件缩小范围` : `共 ${total} 篇`}</p>
      )}
      {groups.map((group) => (
        <section key={group.key} className="nr-group">
          <h2>{group.issueDate ? `${group.issueDate} 第${group.pageNumber}版${group.pageName ? ` ${group.pageName}` : ""}` : "网络稿件"}</h2>
          <table className="nr-table nr-story-table">
            <thead>
              <tr>
                <th scope="col">标题</th>
                <th scope="col">体裁</th>
                <th scope="col">状态</th>
                <th scope="col">字数</th>
                <th scope="col">最后修改</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.id}>
                  <td className="nr-table-title">
                    <Link href={`/newsroom/articles/${row.id}`}>{row.headline || untitledLabel(row.kind)}</Link>
                    {row.pages.length > 1 && <span className="nr-muted"> 转第{row.pages.slice(1).join("、")}版</span>}
                  </td>
                  <td data-label="体裁">{ARTICLE_KIND_LABELS[row.kind as TArticleKindName] ?? row.kind}</td>
                  <td data-label="状态">
                    <span className={`nr-status nr-status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
                  </td>
                  <td data-label="字数">{row.charCount}</td>
                  <td data-label="最后修改">
                    {row.updatedBy ?? "—"} · {formatTime(row.updatedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {pageCount > 1 && (
        <nav className="nr-actions" aria-label="分页">
          {page > 1 && <Link href={listHref(filter, page - 1)}>上一页</Link>}
          <span>
            第 {page} / {pageCount} 页
          </span>
          {page < pageCount && <Link href={listHref(filter, page + 1)}>下一页</Link>}
        </nav>
      )}
    </main>
  );
}

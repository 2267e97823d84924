import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/components/newsroom/restore-button";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { untitledLabel } from "@/lib/articles/kind-labels";
import { listRevisions } from "@/lib/articles/list-revisions";
import { diffContents } from "@/lib/articles/revision-diff";
import { isAppError } from "@/lib/errors";
import { articleIdParam } from "@/lib/http/article-param";
import { requirePageUser } from "@/lib/session/current-user";
import { HistoryDiff } from "./history-diff";

export const metadata: Metadata = { title: "历史版本" };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const articleId = articleIdParam(id);
  await requirePageUser(undefined, `/newsroom/articles/${articleId}/history`);
  const article = await getEditableArticle(articleId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const revisions = await listRevisions(articleId);
  const query = await searchParams;
  const pick = (value: unknown, fallback: number | undefined) => {
    const number = Number(value);
    return revisions.some((revision) => revision.id === number) ? number : fallback;
  };
  // Default: the last change, i.e. the newest revision against the newest older one that reads differently
  // (a publish or an explicit save right after an autosave repeats the same text).
  const toId = pick(query.to, revisions[0]?.id);
  const to = revisions.find((revision) => revision.id === toId);
  const lastDifferent = to
    ? revisions.find((revision) => revision.id < to.id && diffContents(revision.content, to.content).some((field) => field.changed))
    : undefined;
  const fromId = pick(query.from, lastDifferent?.id ?? revisions.at(-1)?.id);
  const from = revisions.find((revision) => revision.id === fromId);
  const versionName = (revision: { version: number; reasonLabel: string }) => `版本 ${revision.version}（${revision.reasonLabel}）`;
  const diff = from && to ? diffContents(from.content, to.content) : [];

  return (
    <main className="nr-main">
      <p>
        <Link href={`/newsroom/articles/${articleId}`}>← 返回编辑</Link>
      </p>
      <h1>历史版本：{article.draft.headline || untitledLabel(article.draft.kind)}</h1>
      <form method="get" className="nr-card nr-filters" aria-label="选择要比较的版本">
        {(
          [
            ["from", "旧版本", fromId],
            ["to", "新版本", toId],
          ] as const
        ).map(([name, label, selected]) => (
          <label key={name}>
            {label}
            <select name={name} defaultValue={selected}>
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {versionName(revision)} · {revision.author} · {shanghaiTime(revision.createdAt)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="nr-secondary">
          比较
        </button>
      </form>

      {from && to && (
        <section className="nr-card" aria-labelledby="diff-title">
          <h2 id="diff-title" style={{ marginTop: 0, fontSize: "1rem" }}>
            {versionName(from)} → {versionName(to)} 的差异
          </h2>
          <HistoryDiff fields={diff} />
        </section>
      )}

      <p className="nr-muted">版本号与编辑页、保存冲突提示中的版本号相同；同一版本的保存与发布各占一行。</p>
      <table className="nr-table nr-history-table">
        <thead>
          <tr>
            <th scope="col">版本</th>
            <th scope="col">原因</th>
            <th scope="col">操作人</th>
            <th scope="col">时间</th>
            <th scope="col">主题</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.id}>
              <td>版本 {revision.version}</td>
              <td>{revision.reasonLabel}</td>
              <td>{revision.author}</td>
              <td>{shanghaiTime(revision.createdAt)}</td>
              <td>{revision.content.headline || "（无标题）"}</td>
              <td>
                <RestoreButton articleId={articleId} revisionId={revision.id} baseVersion={article.version} label={`恢复版本 ${revision.version}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

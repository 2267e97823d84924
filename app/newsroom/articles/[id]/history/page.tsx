import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldDiff } from "@/components/newsroom/field-diff";
import { RestoreButton } from "@/components/newsroom/restore-button";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { untitledLabel } from "@/lib/articles/kind-labels";
import { listRevisions } from "@/lib/articles/list-revisions";
import { diffContents } from "@/lib/articles/revision-diff";
import { isAppError } from "@/lib/errors";
import { articleIdParam } from "@/lib/http/article-param";
import { requirePageUser } from "@/lib/session/current-user";

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
  // Default: the newest revision against the one before it.
  const toId = pick(query.to, revisions[0]?.id);
  const fromId = pick(query.from, revisions[1]?.id ?? revisions[0]?.id);
  const from = revisions.find((revision) => revision.id === fromId);
  const to = revisions.find((revision) => revision.id === toId);
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
                  #{revision.id} {revision.reasonLabel} · {revision.author} · {shanghaiTime(revision.createdAt)}
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
            #{from.id} → #{to.id} 的差异
          </h2>
          <FieldDiff fields={diff} emptyText="两个版本内容相同。" />
        </section>
      )}

      <table className="nr-table">
        <thead>
          <tr>
            <th scope="col">修订</th>
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
              <td>#{revision.id}</td>
              <td>{revision.reasonLabel}</td>
              <td>{revision.author}</td>
              <td>{shanghaiTime(revision.createdAt)}</td>
              <td>{revision.content.headline || "（无标题）"}</td>
              <td>
                <RestoreButton articleId={articleId} revisionId={revision.id} baseVersion={article.version} label={`恢复 #${revision.id}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/editor/article-editor";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listEditorChoices, listPlacementChoices } from "@/lib/articles/list-newsroom-articles";
import { listRevisions } from "@/lib/articles/list-revisions";
import { isAppError } from "@/lib/errors";
import { articleIdParam } from "@/lib/http/article-param";
import { getImportWarnings } from "@/lib/import/get-import-warnings";
import { requirePageUser } from "@/lib/session/current-user";

// The tab is titled with the headline by the editor itself (`editorTabTitle`), as it is typed. Not through
// generateMetadata: an async one makes Next stream the metadata with inline scripts into the page.
export const metadata: Metadata = { title: "编辑稿件" };

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const articleId = articleIdParam(id);
  await requirePageUser(undefined, `/newsroom/articles/${articleId}`);
  const article = await getEditableArticle(articleId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [choices, pages, importWarnings] = await Promise.all([listEditorChoices(), listPlacementChoices(), getImportWarnings(article.id)]);
  // Arriving from the history's 恢复 button: say what was restored, by the version number the history shows.
  const restoredId = Number((await searchParams).restored);
  const restored = Number.isInteger(restoredId) ? (await listRevisions(article.id)).find((revision) => revision.id === restoredId) : undefined;
  return (
    <main className="nr-main">
      <h1 className="nr-muted" style={{ fontSize: "0.95rem", fontWeight: 400 }}>
        稿件 #{article.id}
        {article.placement
          ? ` · ${article.placement.issueDate} 第${article.placement.pageNumber}版${article.placement.pageName ? ` ${article.placement.pageName}` : ""}`
          : " · 网络稿件"}
      </h1>
      {restored ? (
        <p className="nr-notice" role="status" data-testid="restored-notice">
          已恢复版本 {restored.version}（{restored.reasonLabel} · {restored.author} · {shanghaiTime(restored.createdAt)}），现为版本 {article.version}
          。恢复前的内容仍在<Link href={`/newsroom/articles/${article.id}/history`}>历史版本</Link>中。
        </p>
      ) : null}
      {importWarnings.length > 0 ? (
        <section className="nr-notice" aria-labelledby="import-warnings-title" data-testid="import-warnings">
          <h2 id="import-warnings-title" style={{ fontSize: "0.95rem", margin: "0 0 0.25rem" }}>
            导入提示：请对照原版面核对以下几处
          </h2>
          <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {importWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ArticleEditor initial={article} choices={{ ...choices, pages }} />
    </main>
  );
}

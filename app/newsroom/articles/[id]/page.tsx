import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/editor/article-editor";
import { editorTabTitle } from "@/components/editor/editor-tab-title";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listEditorChoices, listPlacementChoices } from "@/lib/articles/list-newsroom-articles";
import { isAppError } from "@/lib/errors";
import { articleIdParam } from "@/lib/http/article-param";
import { getImportWarnings } from "@/lib/import/get-import-warnings";
import { getCurrentUser, requirePageUser } from "@/lib/session/current-user";

/** The tab is titled with the headline (the editor keeps it in step while the headline is typed). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return { title: "编辑稿件" };
  const article = await getEditableArticle(articleIdParam(id)).catch(() => null);
  return { title: article ? { absolute: editorTabTitle(article.draft.headline, article.draft.kind) } : "编辑稿件" };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const articleId = articleIdParam(id);
  await requirePageUser(undefined, `/newsroom/articles/${articleId}`);
  const article = await getEditableArticle(articleId).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [choices, pages, importWarnings] = await Promise.all([listEditorChoices(), listPlacementChoices(), getImportWarnings(article.id)]);
  return (
    <main className="nr-main">
      <h1 className="nr-muted" style={{ fontSize: "0.95rem", fontWeight: 400 }}>
        稿件 #{article.id}
        {article.placement
          ? ` · ${article.placement.issueDate} 第${article.placement.pageNumber}版${article.placement.pageName ? ` ${article.placement.pageName}` : ""}`
          : " · 网络稿件"}
      </h1>
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

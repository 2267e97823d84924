// A story's history, newest first, with who made each revision and why.
import "server-only";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";

export const REVISION_REASON_LABELS: Record<string, string> = {
  import: "导入",
  "import-continuation": "导入续版",
  save: "保存",
  autosave: "自动保存",
  publish: "发布",
  unpublish: "撤下",
  restore: "恢复旧版",
  punctuation: "标点改为全角",
  merge: "合并保存",
};

export async function listRevisions(articleId: number) {
  const revisions = await getDb().articleRevision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    include: { author: { select: { name: true, email: true } } },
  });
  return revisions.map((revision) => ({
    id: revision.id,
    version: revision.version,
    reason: revision.reason,
    reasonLabel: REVISION_REASON_LABELS[revision.reason] ?? revision.reason,
    createdAt: revision.createdAt.toISOString(),
    author: revision.author ? (revision.author.name ?? revision.author.email) : revision.actorSource === "import" ? "导入" : "系统",
    content: ZArticleContent.parse(revision.content) as TArticleContent,
  }));
}

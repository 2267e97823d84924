// The version a stale save started from, as a draft the merge can read: the newest revision recorded at
// exactly that version (revisions hold full working-draft snapshots). Null when none is kept — e.g. the
// version was folded into a later autosave — and then the save is refused as a plain conflict.
import "server-only";
import { ZArticleContent } from "@/lib/content/article-content";
import type { TTransaction } from "@/lib/db/client";
import type { TEditableArticle } from "./get-editable-article";

export async function loadMergeBase(tx: TTransaction, articleId: number, version: number): Promise<TEditableArticle["draft"] | null> {
  const revision = await tx.articleRevision.findFirst({ where: { articleId, version }, orderBy: { id: "desc" }, select: { content: true } });
  const parsed = ZArticleContent.safeParse(revision?.content);
  if (!parsed.success) return null;
  const content = parsed.data;
  return {
    kind: content.kind,
    columnName: content.column?.name ?? null,
    sectionId: content.section?.id ?? null,
    kicker: content.kicker,
    headline: content.headline,
    subheadline: content.subheadline,
    dateline: content.dateline,
    bylines: content.bylines,
    pageId: content.placement?.parts.find((part) => part.sequence === 0)?.pageId ?? null,
    body: content.body,
  };
}

// Moves a story's start page (placing it, moving it to another page or issue, or taking it off the page) as a
// new version of its working draft: the version is claimed like a save, placement is rebuilt through
// writeArticleDraft → writePlacement, and the history gets a revision. Readers see it when it is published.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseArticleDraft, writeArticleDraft } from "./article-draft";
import { getEditableArticle } from "./get-editable-article";
import { recordRevision } from "./record-revision";
import { StaleVersionError } from "./save-article";

export async function setStartPage(
  tx: TTransaction,
  actor: TActor,
  options: { articleId: number; baseVersion: number; pageId: number | null },
): Promise<{ articleId: number; version: number; fromPageId: number | null; toPageId: number | null }> {
  const { articleId, baseVersion, pageId } = options;
  const claimed = await tx.article.updateMany({ where: { id: articleId, version: baseVersion }, data: { version: baseVersion + 1 } });
  if (claimed.count === 0) {
    if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
    throw new StaleVersionError(await getEditableArticle(articleId, tx));
  }
  const editable = await getEditableArticle(articleId, tx);
  const fromPageId = editable.draft.pageId;
  if (pageId !== null && !(await tx.page.findUnique({ where: { id: pageId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", `版面 #${pageId} 不存在`);
  // A web story has no pages to jump to: taking a story off its page joins its parts into one text.
  const body = pageId === null ? { ...editable.draft.body, content: editable.draft.body.content.filter((node) => node.type !== "jump") } : editable.draft.body;
  const draft = parseArticleDraft({ ...editable.draft, pageId, body });
  await writeArticleDraft(tx, { articleId, draft, version: baseVersion + 1, userId: actorUserId(actor) });
  await recordRevision(tx, { articleId, actor, reason: "save" });
  await recordAuditEvent(tx, actor, {
    action: "article.placement_changed",
    entityType: "article",
    entityId: String(articleId),
    payload: { fromPageId, toPageId: pageId, version: baseVersion + 1 },
  });
  return { articleId, version: baseVersion + 1, fromPageId, toPageId: pageId };
}

// Moves a story's start page (placing it, moving it to another page or issue, or taking it off the page) as a
// new version of its working draft: the version is claimed like a save, placement is rebuilt through
// writeArticleDraft → writePlacement, and the history gets a revision. A story whose readers already see
// exactly the version the desk moved (nothing unpublished in it) is republished in the same transaction, so
// readers see the move at once; one with unpublished edits keeps its published placement until the next
// publish, since publishing it would also put those edits in front of readers.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseArticleDraft, writeArticleDraft } from "./article-draft";
import { getEditableArticle } from "./get-editable-article";
import { publishArticleInTransaction } from "./publish-article";
import { recordRevision } from "./record-revision";
import { StaleVersionError } from "./save-article";

export async function setStartPage(
  tx: TTransaction,
  actor: TActor,
  options: { articleId: number; baseVersion: number; pageId: number | null },
): Promise<{ articleId: number; version: number; fromPageId: number | null; toPageId: number | null; republished: boolean }> {
  const { articleId, baseVersion, pageId } = options;
  const live = await tx.article.findUnique({ where: { id: articleId }, select: { liveSnapshot: { select: { version: true } } } });
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
  const republished = live?.liveSnapshot?.version === baseVersion;
  if (republished) {
    try {
      await publishArticleInTransaction(tx, actor, { articleId, baseVersion: baseVersion + 1 });
    } catch (error) {
      // Readers see this story: a move that cannot be published with it would leave them a stale page.
      if (error instanceof AppError && error.code === "INVALID_INPUT") {
        throw new AppError("INVALID_INPUT", `这篇稿件已发布，移动后须同时更新读者看到的版本，但${error.userMessage.replace(/^不能发布：/, "")}`, {
          cause: error,
        });
      }
      throw error;
    }
  }
  return { articleId, version: baseVersion + 1, fromPageId, toPageId: pageId, republished };
}

// Takes a story off every reader surface. Its snapshots stay in the history; the working draft is kept.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { readerChangeOf } from "@/lib/reader-change/reader-change-of";
import { recordRevision } from "./record-revision";

export const ZUnpublishArticleInput = z.object({ articleId: z.number().int().positive() });

export async function unpublishArticle(actor: TActor, input: z.input<typeof ZUnpublishArticleInput>) {
  const { articleId } = ZUnpublishArticleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const article = await tx.article.findUnique({ where: { id: articleId }, include: { liveSnapshot: true } });
    if (!article) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
    if (!article.liveSnapshot) throw new AppError("CONFLICT", "这篇稿件没有发布，无需撤下");
    await tx.article.update({ where: { id: articleId }, data: { liveSnapshotId: null } });
    await recordRevision(tx, { articleId, actor, reason: "unpublish" });
    await recordAuditEvent(tx, actor, {
      action: "article.unpublished",
      entityType: "article",
      entityId: String(articleId),
      payload: { snapshotId: article.liveSnapshot.id, version: article.liveSnapshot.version },
    });
    await notifyReaderChange(tx, readerChangeOf(articleId, [ZArticleContent.parse(article.liveSnapshot.content)]));
    return { articleId };
  });
}

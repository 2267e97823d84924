// Makes an older revision the new working draft (a new version; nothing earlier is lost). Readers are
// unaffected until the story is published again.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseArticleDraft, writeArticleDraft } from "./article-draft";
import { getEditableArticle, type TEditableArticle } from "./get-editable-article";
import { recordRevision } from "./record-revision";
import { StaleVersionError } from "./save-article";

export const ZRestoreRevisionInput = z.object({
  articleId: z.number().int().positive(),
  revisionId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
});

export async function restoreRevision(actor: TActor, input: z.input<typeof ZRestoreRevisionInput>): Promise<TEditableArticle> {
  const { articleId, revisionId, baseVersion } = ZRestoreRevisionInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const revision = await tx.articleRevision.findUnique({ where: { id: revisionId } });
    if (!revision || revision.articleId !== articleId) throw new AppError("NOT_FOUND", `稿件 #${articleId} 没有修订 #${revisionId}`);
    const claimed = await tx.article.updateMany({ where: { id: articleId, version: baseVersion }, data: { version: baseVersion + 1 } });
    if (claimed.count === 0) throw new StaleVersionError(await getEditableArticle(articleId, tx));

    const content = ZArticleContent.parse(revision.content);
    // Pages and contributors of an old revision may be gone; keep what still exists.
    const startPage = content.placement?.parts.find((part) => part.sequence === 0);
    const page = startPage ? await tx.page.findUnique({ where: { id: startPage.pageId } }) : null;
    const section = content.section ? await tx.section.findUnique({ where: { id: content.section.id } }) : null;
    const draft = parseArticleDraft({
      kind: content.kind,
      columnName: content.column?.name ?? null,
      sectionId: section?.id ?? null,
      kicker: content.kicker,
      headline: content.headline,
      subheadline: content.subheadline,
      dateline: content.dateline,
      bylines: content.bylines.map((byline) => ({
        contributorId: byline.contributorId,
        name: byline.name,
        role: byline.role,
        affiliation: byline.affiliation,
      })),
      pageId: page?.id ?? null,
      body: page ? content.body : { ...content.body, content: content.body.content.filter((node) => node.type !== "jump") },
    });
    await writeArticleDraft(tx, { articleId, draft, version: baseVersion + 1, userId: actorUserId(actor) });
    await recordRevision(tx, { articleId, actor, reason: "restore" });
    await recordAuditEvent(tx, actor, {
      action: "article.restored",
      entityType: "article",
      entityId: String(articleId),
      payload: { revisionId, version: baseVersion + 1 },
    });
    return getEditableArticle(articleId, tx);
  });
}

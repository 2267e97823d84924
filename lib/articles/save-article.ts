// Saves the working draft. Each save names the version it was based on; if someone saved in between, the
// save is refused with their version attached — never a silent overwrite. Readers see nothing of it.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseArticleDraft, writeArticleDraft } from "./article-draft";
import { getEditableArticle, type TEditableArticle } from "./get-editable-article";
import { recordRevision } from "./record-revision";

export const ZSaveArticleInput = z.object({
  articleId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  /** Autosaves a moment after typing stops are folded together in the history; explicit saves are not. */
  mode: z.enum(["autosave", "save"]),
  draft: z.unknown(),
});
export type TSaveArticleInput = z.input<typeof ZSaveArticleInput>;

export class StaleVersionError extends AppError {
  constructor(readonly current: TEditableArticle) {
    super("CONFLICT", `这篇稿件已被${current.updatedBy ?? "他人"}修改（版本 ${current.version}），你的修改没有保存`, { details: { current } });
  }
}

export async function saveArticle(actor: TActor, input: TSaveArticleInput): Promise<TEditableArticle> {
  const { articleId, baseVersion, mode } = ZSaveArticleInput.parse(input);
  const draft = parseArticleDraft(input.draft);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    // Claim the next version atomically: of two saves based on the same version, exactly one wins.
    const claimed = await tx.article.updateMany({ where: { id: articleId, version: baseVersion }, data: { version: baseVersion + 1 } });
    if (claimed.count === 0) {
      if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
      throw new StaleVersionError(await getEditableArticle(articleId, tx));
    }
    await writeArticleDraft(tx, { articleId, draft, version: baseVersion + 1, userId: actorUserId(actor) });
    await recordRevision(tx, { articleId, actor, reason: mode });
    if (mode === "save") {
      await recordAuditEvent(tx, actor, { action: "article.saved", entityType: "article", entityId: String(articleId), payload: { version: baseVersion + 1 } });
    }
    return getEditableArticle(articleId, tx);
  });
}

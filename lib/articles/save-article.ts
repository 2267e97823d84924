// Saves the working draft. Each save names the version it was based on. If someone saved in between, the
// save is merged three-way (base = the named version, theirs = the current one, mine = this draft; see
// lib/content/merge/): it succeeds as a new version, recorded as a merge, when no block or field was
// changed by both; otherwise it is refused with their version and the conflicting blocks — never a
// silent overwrite. Readers see nothing of it.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { mergeStories } from "@/lib/content/merge/merge-story";
import type { TMergeConflict } from "@/lib/content/merge/types";
import { getDb, type TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseArticleDraft, type TArticleDraft, writeArticleDraft } from "./article-draft";
import { getEditableArticle, type TEditableArticle } from "./get-editable-article";
import { loadMergeBase } from "./load-merge-base";
import { PRESENCE_TTL_MS } from "./presence";
import { recordRevision, type TRevisionReason } from "./record-revision";

export const ZSaveArticleInput = z.object({
  articleId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  /** Autosaves a moment after typing stops are folded together in the history; explicit saves are not. */
  mode: z.enum(["autosave", "save"]),
  draft: z.unknown(),
});
export type TSaveArticleInput = z.input<typeof ZSaveArticleInput>;

type TDraft = TEditableArticle["draft"];

export class StaleVersionError extends AppError {
  constructor(
    readonly current: TEditableArticle,
    /** When the save could be compared: the version it started from and what both sides changed differently. */
    merge?: { base: TDraft; conflicts: TMergeConflict<TDraft>[] },
  ) {
    super("CONFLICT", `这篇稿件已被${current.updatedBy ?? "他人"}修改（版本 ${current.version}），你的修改没有保存`, {
      details: merge ? { current, base: merge.base, conflicts: merge.conflicts } : { current },
    });
  }
}

/** Someone else had the story open lately: their base version must stay findable, so autosaves are not folded. */
async function othersPresent(tx: TTransaction, articleId: number, userId: string | null): Promise<boolean> {
  const since = new Date(Date.now() - PRESENCE_TTL_MS);
  const count = await tx.articlePresence.count({ where: { articleId, lastSeenAt: { gte: since }, ...(userId ? { userId: { not: userId } } : {}) } });
  return count > 0;
}

async function write(
  tx: TTransaction,
  actor: TActor,
  options: { articleId: number; draft: TArticleDraft; version: number; reason: TRevisionReason; mode: "autosave" | "save" },
) {
  const { articleId, version } = options;
  const userId = actorUserId(actor);
  await writeArticleDraft(tx, { articleId, draft: options.draft, version, userId });
  await recordRevision(tx, { articleId, actor, reason: options.reason, fold: !(await othersPresent(tx, articleId, userId)) });
  if (options.mode === "save") {
    await recordAuditEvent(tx, actor, { action: "article.saved", entityType: "article", entityId: String(articleId), payload: { version } });
  }
  return getEditableArticle(articleId, tx);
}

export async function saveArticle(actor: TActor, input: TSaveArticleInput): Promise<TEditableArticle> {
  const { articleId, baseVersion, mode } = ZSaveArticleInput.parse(input);
  const draft = parseArticleDraft(input.draft);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    // Claim the next version atomically: of two saves based on the same version, exactly one wins.
    const claimed = await tx.article.updateMany({ where: { id: articleId, version: baseVersion }, data: { version: baseVersion + 1 } });
    if (claimed.count === 1) return write(tx, actor, { articleId, draft, version: baseVersion + 1, reason: mode, mode });

    // Stale: hold the row while merging, so no other save lands between reading theirs and writing.
    const locked = await tx.$queryRaw<Array<{ version: number }>>`SELECT "version" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    if (!locked[0]) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
    const current = await getEditableArticle(articleId, tx);
    const base = baseVersion < current.version ? await loadMergeBase(tx, articleId, baseVersion) : null;
    if (!base) throw new StaleVersionError(current);
    const merge = mergeStories<TDraft>(base, current.draft, draft);
    if (merge.conflicts.length > 0) throw new StaleVersionError(current, { base, conflicts: merge.conflicts });
    const merged = parseArticleDraft(merge.story);
    return write(tx, actor, { articleId, draft: merged, version: current.version + 1, reason: "merge", mode });
  });
}

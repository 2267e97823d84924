// Stores a full snapshot of the working draft in the story's history.
import "server-only";
import { loadArticleContent } from "@/lib/articles/load-article-content";
import { actorSource, actorUserId, type TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { shouldCoalesceRevision } from "./revision-policy";

export const REVISION_REASONS = ["import", "import-continuation", "save", "autosave", "publish", "unpublish", "restore", "punctuation", "merge"] as const;
export type TRevisionReason = (typeof REVISION_REASONS)[number];

export async function recordRevision(
  tx: TTransaction,
  /** `fold: false` keeps an autosave apart even where the policy would fold it (another editor may be based on the last one). */
  options: { articleId: number; actor: TActor; reason: TRevisionReason; fold?: boolean },
  now: Date = new Date(),
) {
  const { content, version } = await loadArticleContent(tx, options.articleId);
  const authorId = actorUserId(options.actor);
  const latest = await tx.articleRevision.findFirst({ where: { articleId: options.articleId }, orderBy: { id: "desc" } });
  if (latest && options.fold !== false && shouldCoalesceRevision(latest, { reason: options.reason, authorId }, now)) {
    return tx.articleRevision.update({ where: { id: latest.id }, data: { version, content: asJson(content) } });
  }
  return tx.articleRevision.create({
    data: {
      articleId: options.articleId,
      version,
      reason: options.reason,
      content: asJson(content),
      authorId,
      actorKind: options.actor.kind,
      actorSource: actorSource(options.actor),
    },
  });
}

// Starts a new story: web-only, or placed at the end of a page of an issue.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { ZArticleKind } from "@/lib/content/kinds";
import { isStorableText, STORABLE_MESSAGE } from "@/lib/content/schema";
import { getDb } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { newStoryBody, parseArticleDraft, writeArticleDraft } from "./article-draft";
import { recordRevision } from "./record-revision";

export const ZCreateArticleInput = z.object({
  kind: ZArticleKind.default("news"),
  headline: z.string().trim().max(200).refine(isStorableText, { message: STORABLE_MESSAGE }).default(""),
  /** null: web-only. */
  pageId: z.number().int().positive().nullable().default(null),
});
export type TCreateArticleInput = z.input<typeof ZCreateArticleInput>;

export async function createArticle(actor: TActor, input: TCreateArticleInput): Promise<{ id: number }> {
  const data = ZCreateArticleInput.parse(input);
  const draft = parseArticleDraft({ kind: data.kind, headline: data.headline, pageId: data.pageId, body: newStoryBody() });
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const publication = await ensureDefaultPublication(tx);
    const userId = actorUserId(actor);
    const article = await tx.article.create({
      data: {
        publicationId: publication.id,
        kind: data.kind,
        headline: data.headline,
        body: asJson(draft.body),
        plainText: "",
        charCount: 0,
        createdById: userId,
      },
    });
    await writeArticleDraft(tx, { articleId: article.id, draft, version: 1, userId });
    await recordRevision(tx, { articleId: article.id, actor, reason: "save" });
    await recordAuditEvent(tx, actor, {
      action: "article.created",
      entityType: "article",
      entityId: String(article.id),
      payload: { kind: data.kind, pageId: data.pageId },
    });
    return { id: article.id };
  });
}

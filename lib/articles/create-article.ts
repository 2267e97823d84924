// Starts a new story: web-only, or placed on a page of an issue.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { countCharacters } from "@/lib/content/plain-text";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { recordRevision } from "./record-revision";

export const ZCreateArticleInput = z.object({
  kind: z.enum(["news", "feature", "photo", "commentary"]).default("news"),
  headline: z.string().trim().max(200).default(""),
  /** null: web-only. */
  pageId: z.number().int().positive().nullable().default(null),
});
export type TCreateArticleInput = z.input<typeof ZCreateArticleInput>;

export async function createArticle(actor: TActor, input: TCreateArticleInput): Promise<{ id: number }> {
  const data = ZCreateArticleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN", "EDITOR"]);
    const publication = await ensureDefaultPublication(tx);
    const userId = actorUserId(actor);
    const page = data.pageId === null ? null : await tx.page.findUnique({ where: { id: data.pageId } });
    if (data.pageId !== null && !page) throw new AppError("INVALID_INPUT", `版面 #${data.pageId} 不存在`);
    const article = await tx.article.create({
      data: {
        publicationId: publication.id,
        kind: data.kind,
        headline: data.headline,
        body: { type: "doc", content: [] },
        plainText: "",
        charCount: countCharacters(""),
        createdById: userId,
        updatedById: userId,
      },
    });
    if (page) {
      const last = await tx.articlePart.aggregate({ where: { pageId: page.id }, _max: { position: true } });
      await tx.articlePart.create({ data: { articleId: article.id, sequence: 0, pageId: page.id, position: (last._max.position ?? 0) + 1 } });
    }
    await recordRevision(tx, { articleId: article.id, actor, reason: "save" });
    await recordAuditEvent(tx, actor, {
      action: "article.created",
      entityType: "article",
      entityId: String(article.id),
      payload: { kind: data.kind, pageId: page?.id ?? null },
    });
    return { id: article.id };
  });
}

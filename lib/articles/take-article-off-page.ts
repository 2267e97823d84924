// The desk takes a story off its page: it stays, as a web story (its parts joined), never deleted.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { setStartPage } from "./set-start-page";

export const ZTakeArticleOffPageInput = z.object({ articleId: z.number().int().positive(), baseVersion: z.number().int().positive() });
export type TTakeArticleOffPageInput = z.input<typeof ZTakeArticleOffPageInput>;

export async function takeArticleOffPage(actor: TActor, input: TTakeArticleOffPageInput) {
  const data = ZTakeArticleOffPageInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    if ((await tx.articlePlacement.count({ where: { articleId: data.articleId } })) === 0) {
      throw new AppError("CONFLICT", "这篇稿件不在任何版面上");
    }
    return setStartPage(tx, actor, { ...data, pageId: null });
  });
}

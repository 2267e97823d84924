// The desk places a story on a page (at the end of its print order), or moves it to another page or issue.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { setStartPage } from "./set-start-page";

export const ZPlaceArticleInput = z.object({
  articleId: z.number().int().positive(),
  /** The version the desk saw: placing is refused if the story was saved since. */
  baseVersion: z.number().int().positive(),
  pageId: z.number().int().positive(),
});
export type TPlaceArticleInput = z.input<typeof ZPlaceArticleInput>;

export async function placeArticle(actor: TActor, input: TPlaceArticleInput) {
  const data = ZPlaceArticleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    return setStartPage(tx, actor, data);
  });
}

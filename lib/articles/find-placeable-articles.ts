// The desk's story search when placing a story on a page: by headline, newest first, with where each story
// is placed now. ADMIN only.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { editorialStatus, type TEditorialStatus } from "./status";

export const ZFindPlaceableArticlesInput = z.object({ query: z.string().trim().max(100).default("") });

export interface TPlaceableArticle {
  id: number;
  headline: string;
  status: TEditorialStatus;
  version: number;
  /** "2025-12-20 第1版", or null for a web story. */
  placedOn: string | null;
}

export async function findPlaceableArticles(actor: TActor, input: z.input<typeof ZFindPlaceableArticlesInput>): Promise<TPlaceableArticle[]> {
  const { query } = ZFindPlaceableArticlesInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const articles = await tx.article.findMany({
      where: query ? { headline: { contains: query, mode: "insensitive" } } : {},
      orderBy: { updatedAt: "desc" },
      take: 20,
      select: {
        id: true,
        headline: true,
        version: true,
        liveSnapshot: { select: { version: true } },
        placements: { where: { sequence: 0 }, select: { page: { select: { number: true, issue: { select: { date: true } } } } } },
      },
    });
    return articles.map((article) => {
      const start = article.placements[0]?.page;
      return {
        id: article.id,
        headline: article.headline,
        status: editorialStatus(article),
        version: article.version,
        placedOn: start ? `${issueDateFromDb(start.issue.date)} 第${start.number}版` : null,
      };
    });
  });
}

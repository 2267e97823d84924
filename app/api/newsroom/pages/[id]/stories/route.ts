// POST { articleId, baseVersion }: place a story on this page (or move it here). ADMIN only.
import { NextResponse } from "next/server";
import { placeArticle, ZPlaceArticleInput } from "@/lib/articles/place-article";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZPlaceArticleInput.omit({ pageId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await placeArticle(actor, { ...body, pageId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

import { NextResponse } from "next/server";
import { publishArticle, ZPublishArticleInput } from "@/lib/articles/publish-article";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZPublishArticleInput.omit({ articleId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await publishArticle(actor, { ...body, articleId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

import { NextResponse } from "next/server";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams }, async ({ actor, params }) =>
  NextResponse.json(await unpublishArticle(actor, { articleId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

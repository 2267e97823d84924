import { NextResponse } from "next/server";
import { publishArticle } from "@/lib/articles/publish-article";
import { newsroomRoute, readJson, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute(ZArticleParams, async ({ request, actor, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return NextResponse.json(await publishArticle(actor, { ...body, articleId: params.id } as never));
});

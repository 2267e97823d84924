import { NextResponse } from "next/server";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { newsroomRoute, readJson, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute(ZArticleParams, async ({ request, actor, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return NextResponse.json(await restoreRevision(actor, { ...body, articleId: params.id } as never));
});

// GET: the working draft for the editor. PUT: save it (autosave or explicit), based on a version.
import { NextResponse } from "next/server";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { saveArticle } from "@/lib/articles/save-article";
import { newsroomRoute, readJson, ZArticleParams } from "@/lib/http/newsroom-route";

const noStore = { headers: { "Cache-Control": "no-store" } };

export const GET = newsroomRoute(ZArticleParams, async ({ params }) => NextResponse.json(await getEditableArticle(params.id), noStore));

export const PUT = newsroomRoute(ZArticleParams, async ({ request, actor, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  const saved = await saveArticle(actor, { ...body, articleId: params.id } as never);
  return NextResponse.json(saved, noStore);
});

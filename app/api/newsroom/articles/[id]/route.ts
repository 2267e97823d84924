// GET: the working draft for the editor. PUT: save it (autosave or explicit), based on a version.
import { NextResponse } from "next/server";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { saveArticle, ZSaveArticleInput } from "@/lib/articles/save-article";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

const noStore = { headers: { "Cache-Control": "no-store" } };

export const GET = newsroomRoute({ params: ZArticleParams }, async ({ params }) => NextResponse.json(await getEditableArticle(params.id), noStore));

export const PUT = newsroomRoute({ params: ZArticleParams, body: ZSaveArticleInput.omit({ articleId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await saveArticle(actor, { ...body, articleId: params.id }), noStore),
);

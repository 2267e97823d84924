import { NextResponse } from "next/server";
import { restoreRevision, ZRestoreRevisionInput } from "@/lib/articles/restore-revision";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZRestoreRevisionInput.omit({ articleId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await restoreRevision(actor, { ...body, articleId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

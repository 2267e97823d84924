import { NextResponse } from "next/server";
import { touchPresence } from "@/lib/articles/presence";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams }, async ({ actor, params }) =>
  NextResponse.json(await touchPresence(actor, { articleId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

// POST { articleId, baseVersion }: take a story off its page; it stays as a web story. ADMIN only.
import { NextResponse } from "next/server";
import { takeArticleOffPage, ZTakeArticleOffPageInput } from "@/lib/articles/take-article-off-page";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZNoParams, body: ZTakeArticleOffPageInput }, async ({ actor, body }) =>
  NextResponse.json(await takeArticleOffPage(actor, body), { headers: { "Cache-Control": "no-store" } }),
);

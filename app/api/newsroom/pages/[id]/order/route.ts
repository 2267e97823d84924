// PUT { articleIds }: the page's stories in their new print order. ADMIN only (checked in the command).
import { NextResponse } from "next/server";
import { reorderPage, ZReorderPageInput } from "@/lib/articles/reorder-page";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const PUT = newsroomRoute({ params: ZArticleParams, body: ZReorderPageInput.omit({ pageId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await reorderPage(actor, { ...body, pageId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

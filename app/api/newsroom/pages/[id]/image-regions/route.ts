// PUT { regions }: every region drawn on the page's image, replacing the ones it had. ADMIN only (in the command).
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { savePageRegions, ZSavePageRegionsInput } from "@/lib/page-images/save-page-regions";

export const PUT = newsroomRoute({ params: ZArticleParams, body: ZSavePageRegionsInput.omit({ pageId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await savePageRegions(actor, { ...body, pageId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

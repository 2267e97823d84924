// GET ?q=: stories to place on a page, found by headline. ADMIN only (checked in the query).
import { NextResponse } from "next/server";
import { findPlaceableArticles } from "@/lib/articles/find-placeable-articles";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

export const GET = newsroomRoute({ params: ZNoParams }, async ({ actor, request }) =>
  NextResponse.json(
    { articles: await findPlaceableArticles(actor, { query: new URL(request.url).searchParams.get("q") ?? "" }) },
    { headers: { "Cache-Control": "no-store" } },
  ),
);

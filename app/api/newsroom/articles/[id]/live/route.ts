// GET: the version readers see now (or, for a withdrawn story, the one they saw last), for the summary
// shown before publishing.
import { NextResponse } from "next/server";
import { getLiveVersion } from "@/lib/articles/get-live-version";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const GET = newsroomRoute({ params: ZArticleParams }, async ({ params }) =>
  NextResponse.json(await getLiveVersion(params.id), { headers: { "Cache-Control": "no-store" } }),
);

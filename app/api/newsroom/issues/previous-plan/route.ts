// GET ?before=YYYY-MM-DD: the page plan of the latest issue before that day ("copy yesterday's plan").
import { NextResponse } from "next/server";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { getPreviousPlan } from "@/lib/issues/get-previous-plan";

export const GET = newsroomRoute({ params: ZNoParams }, async ({ actor, request }) =>
  NextResponse.json(
    { plan: await getPreviousPlan(actor, new URL(request.url).searchParams.get("before") ?? "") },
    { headers: { "Cache-Control": "no-store" } },
  ),
);

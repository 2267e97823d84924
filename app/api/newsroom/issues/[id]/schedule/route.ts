// POST { at }: release the issue at that time. ADMIN only (checked in the command).
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { scheduleRelease, ZScheduleReleaseInput } from "@/lib/issues/schedule-release";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZScheduleReleaseInput.pick({ at: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await scheduleRelease(actor, { issueId: params.id, at: body.at.toISOString() }), { headers: { "Cache-Control": "no-store" } }),
);

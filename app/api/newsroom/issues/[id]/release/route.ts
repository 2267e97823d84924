// POST: release the issue to readers now. ADMIN only (checked in the command).
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { releaseIssueNow } from "@/lib/issues/release-issue-now";

export const POST = newsroomRoute({ params: ZArticleParams }, async ({ actor, params }) =>
  NextResponse.json(await releaseIssueNow(actor, { issueId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

// POST { confirm: true }: withdraw the issue from readers, or cancel its scheduled release. ADMIN only.
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { unreleaseIssue, ZUnreleaseIssueInput } from "@/lib/issues/unrelease-issue";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZUnreleaseIssueInput.omit({ issueId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await unreleaseIssue(actor, { ...body, issueId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

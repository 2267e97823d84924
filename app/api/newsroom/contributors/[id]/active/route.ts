// POST { active }: deactivate a contributor (kept on stories, no longer suggested) or bring them back.
import { NextResponse } from "next/server";
import { setContributorActive, ZSetContributorActiveInput } from "@/lib/contributors/set-contributor-active";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZSetContributorActiveInput.omit({ contributorId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await setContributorActive(actor, { ...body, contributorId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

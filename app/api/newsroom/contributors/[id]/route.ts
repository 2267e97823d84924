// PUT: rename a contributor, or change their default role and affiliation.
import { NextResponse } from "next/server";
import { updateContributor, ZUpdateContributorInput } from "@/lib/contributors/update-contributor";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const PUT = newsroomRoute({ params: ZArticleParams, body: ZUpdateContributorInput.omit({ contributorId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await updateContributor(actor, { ...body, contributorId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

// POST { survivorId }: merge this contributor (a duplicate spelling) into the survivor.
import { NextResponse } from "next/server";
import { mergeContributors, ZMergeContributorsInput } from "@/lib/contributors/merge-contributors";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZArticleParams, body: ZMergeContributorsInput.omit({ contributorId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await mergeContributors(actor, { ...body, contributorId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

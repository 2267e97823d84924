// POST: add a byline person (admins only; the command checks).
import { NextResponse } from "next/server";
import { createContributor, ZCreateContributorInput } from "@/lib/contributors/create-contributor";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute({ params: ZNoParams, body: ZCreateContributorInput }, async ({ actor, body }) =>
  NextResponse.json(await createContributor(actor, body), { status: 201, headers: { "Cache-Control": "no-store" } }),
);

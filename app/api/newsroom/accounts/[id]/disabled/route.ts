// POST { disabled }: disable an account (from its next request on) or enable it again.
import { NextResponse } from "next/server";
import { newsroomRoute } from "@/lib/http/newsroom-route";
import { setUserDisabled, ZSetUserDisabledInput } from "@/lib/users/set-user-disabled";
import { ZAccountParams } from "../../account-params";

export const POST = newsroomRoute({ params: ZAccountParams, body: ZSetUserDisabledInput.omit({ userId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await setUserDisabled(actor, { ...body, userId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

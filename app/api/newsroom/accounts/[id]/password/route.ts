// POST { password | null }: an admin sets an account's password, or has a one-time one generated.
import { NextResponse } from "next/server";
import { newsroomRoute } from "@/lib/http/newsroom-route";
import { resetUserPassword, ZResetUserPasswordInput } from "@/lib/users/reset-user-password";
import { ZAccountParams } from "../../account-params";

export const POST = newsroomRoute({ params: ZAccountParams, body: ZResetUserPasswordInput.omit({ userId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await resetUserPassword(actor, { ...body, userId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

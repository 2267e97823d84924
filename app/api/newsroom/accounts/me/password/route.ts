// POST { currentPassword, newPassword }: the signed-in account changes its own password (any role).
import { NextResponse } from "next/server";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { changeOwnPassword, ZChangeOwnPasswordInput } from "@/lib/users/change-own-password";

export const POST = newsroomRoute({ params: ZNoParams, body: ZChangeOwnPasswordInput }, async ({ actor, body }) =>
  NextResponse.json(await changeOwnPassword(actor, body), { headers: { "Cache-Control": "no-store" } }),
);

// POST { role }: make an account an admin or an editor (never the last active admin's own demotion).
import { NextResponse } from "next/server";
import { newsroomRoute } from "@/lib/http/newsroom-route";
import { changeUserRole, ZChangeUserRoleInput } from "@/lib/users/change-user-role";
import { ZAccountParams } from "../../account-params";

export const POST = newsroomRoute({ params: ZAccountParams, body: ZChangeUserRoleInput.omit({ userId: true }) }, async ({ actor, params, body }) =>
  NextResponse.json(await changeUserRole(actor, { ...body, userId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

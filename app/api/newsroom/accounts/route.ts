// POST: create an account (admins only). Without a password, a one-time password is generated and
// returned once, to be shown to the admin.
import { NextResponse } from "next/server";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";
import { createUser, ZCreateUserInput } from "@/lib/users/create-user";

export const POST = newsroomRoute({ params: ZNoParams, body: ZCreateUserInput }, async ({ actor, body }) => {
  const user = await createUser(actor, body);
  return NextResponse.json({ id: user.id, oneTimePassword: user.oneTimePassword }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

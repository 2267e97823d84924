// Who is asking: the session's user re-read from PostgreSQL on every request, so disabling an account or
// changing a role takes effect immediately. Pages, route handlers and actions each call these themselves.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { TActor } from "@/lib/auth/actor";
import { NEWSROOM_ROLES, type TUserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { auth, SIGN_IN_PATH } from "./auth";

export interface TCurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: TUserRole;
}

export async function getCurrentUser(): Promise<TCurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function actorOf(user: TCurrentUser): TActor {
  return { kind: "user", userId: user.id, role: user.role };
}

/** Whether the request comes from signed-in newsroom staff (who may see media before readers can). */
export async function isSignedInStaff(): Promise<boolean> {
  const user = await getCurrentUser();
  return user !== null && NEWSROOM_ROLES.includes(user.role);
}

/** For newsroom pages: signed-in staff with one of the roles; anyone else signs in first, and a signed-in
 * account without the role gets the 403 page (app/newsroom/forbidden.tsx), at the address it asked for. */
export async function requirePageUser(roles: readonly TUserRole[] = NEWSROOM_ROLES, returnTo = "/newsroom"): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

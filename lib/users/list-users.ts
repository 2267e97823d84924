// The desk's list of accounts, with what sign-in has seen of each: failed attempts still counted against
// the limits (lib/sign-in keeps them in SignInFailure), whether the account is being throttled now, the
// last failure and the last successful sign-in (from the audit trail).
import "server-only";
import { getDb } from "@/lib/db/client";
import { SIGN_IN_LIMITS, signInKeys } from "@/lib/sign-in/limits";

export interface TUserRow {
  id: string;
  email: string;
  name: string | null;
  role: "ADMIN" | "EDITOR";
  disabled: boolean;
  createdAt: string;
  /** Failed attempts in the account-wide window (one hour). */
  recentFailures: number;
  /** Refused without a password check right now (too many attempts). */
  throttled: boolean;
  lastFailureAt: string | null;
  lastSignInAt: string | null;
}

export async function listUsers(now: Date = new Date()): Promise<TUserRow[]> {
  const db = getDb();
  const users = await db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }] });
  const since = (windowMs: number) => new Date(now.getTime() - windowMs);
  return Promise.all(
    users.map(async (user) => {
      const keys = signInKeys(user.email, null);
      const [recentFailures, throttleMarks, lastFailure, lastSignIn] = await Promise.all([
        db.signInFailure.count({ where: { key: keys.account, at: { gt: since(SIGN_IN_LIMITS.account.windowMs) } } }),
        db.signInFailure.count({
          where: {
            OR: [
              { key: `throttled:${keys.account}`, at: { gt: since(SIGN_IN_LIMITS.account.windowMs) } },
              { key: { startsWith: `throttled:pair:${user.email}|` }, at: { gt: since(SIGN_IN_LIMITS.pair.windowMs) } },
            ],
          },
        }),
        db.auditEvent.findFirst({
          where: { action: { in: ["auth.sign_in_failed", "auth.rate_limited"] }, entityType: "user", entityId: { in: [user.id, user.email] } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: { at: true },
        }),
        db.auditEvent.findFirst({
          where: { action: "auth.signed_in", entityType: "user", entityId: user.id },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: { at: true },
        }),
      ]);
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        disabled: user.disabledAt !== null,
        createdAt: user.createdAt.toISOString(),
        recentFailures,
        throttled: throttleMarks > 0,
        lastFailureAt: lastFailure?.at.toISOString() ?? null,
        lastSignInAt: lastSignIn?.at.toISOString() ?? null,
      };
    }),
  );
}

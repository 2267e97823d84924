// Checks an e-mail and password for sign-in. Failures never say which part was wrong; repeated failures
// are throttled per account and per address, and every failure is written to the audit trail.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { isSignInThrottled, recordSignInFailure } from "./rate-limit";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(200),
});

export type TSignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null; role: "ADMIN" | "EDITOR" } }
  | { ok: false; reason: "invalid" | "throttled" };

const SYSTEM_AUTH = { kind: "system", source: "auth" } as const;

export async function verifyCredentials(input: unknown, ip: string | null): Promise<TSignInOutcome> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const db = getDb();

  if (await isSignInThrottled(db, email, ip)) {
    await db.$transaction(async (tx) => {
      await recordAuditEvent(tx, SYSTEM_AUTH, { action: "auth.rate_limited", entityType: "user", entityId: email, payload: { email, ip } });
    });
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({ where: { email } });
  // Verify against a dummy hash for unknown accounts so timing does not reveal which e-mails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (user && passwordOk && !user.disabledAt) {
    await db.$transaction(async (tx) => {
      await recordAuditEvent(
        tx,
        { kind: "user", userId: user.id, role: user.role },
        {
          action: "auth.signed_in",
          entityType: "user",
          entityId: user.id,
          payload: { email, ip },
        },
      );
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  }

  const reason = !user ? "unknown account" : user.disabledAt ? "disabled account" : "wrong password";
  await db.$transaction(async (tx) => {
    await recordSignInFailure(tx, email, ip);
    await recordAuditEvent(tx, SYSTEM_AUTH, { action: "auth.sign_in_failed", entityType: "user", entityId: user?.id ?? email, payload: { email, ip, reason } });
  });
  return { ok: false, reason: "invalid" };
}

// The sign-in command: checks an e-mail and password. Failures never say which part was wrong; every
// attempt is counted before its password is checked (per account and address, per account, per address)
// and every failure is written to the audit trail.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { TUserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { claimSignInAttempt } from "./claim-sign-in-attempt";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(200),
});

export type TSignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null; role: TUserRole } }
  | { ok: false; reason: "invalid" | "throttled" };

const SYSTEM_AUTH = { kind: "system", source: "auth" } as const;

export async function verifyCredentials(input: unknown, address: string | null): Promise<TSignInOutcome> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const db = getDb();

  const user = await db.user.findUnique({ where: { email } });
  const claim = await claimSignInAttempt({ email, address, userId: user?.id ?? null });
  if (!claim.ok) return { ok: false, reason: "throttled" };

  // Verify against a dummy hash for unknown accounts so timing does not reveal which e-mails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (user && passwordOk && !user.disabledAt) {
    await db.$transaction(async (tx) => {
      // A successful sign-in is not a guess: it does not count against the limits.
      await tx.signInFailure.deleteMany({ where: { id: { in: claim.attemptIds } } });
      await recordAuditEvent(
        tx,
        { kind: "user", userId: user.id, role: user.role },
        { action: "auth.signed_in", entityType: "user", entityId: user.id, payload: { email, ip: address } },
      );
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  }

  const reason = !user ? "unknown account" : user.disabledAt ? "disabled account" : "wrong password";
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, SYSTEM_AUTH, {
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? email,
      payload: { email, ip: address, reason },
    });
  });
  return { ok: false, reason: "invalid" };
}

// Counts a sign-in attempt before its password is checked, atomically: the keys of the attempt are locked
// for the length of one short transaction, so of many parallel attempts only as many as the limits allow
// get through. A refused attempt writes one audit row per burst (the first refusal), not one per request.
// Counted in PostgreSQL so every app instance shares the same counters.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb, type TTransaction } from "@/lib/db/client";
import { KNOWN_ADDRESS_MS, SIGN_IN_LIMITS, signInKeys, type TSignInLimitScope } from "./limits";

const SYSTEM_AUTH = { kind: "system", source: "auth" } as const;
const OLDEST_KEPT_MS = 2 * Math.max(...Object.values(SIGN_IN_LIMITS).map((limit) => limit.windowMs));

export interface TSignInAttemptInput {
  email: string;
  address: string | null;
  /** The account's id when it exists (for the known-address exemption). */
  userId: string | null;
}

export type TSignInClaim = { ok: true; attemptIds: number[] } | { ok: false; limit: TSignInLimitScope };

async function lock(tx: TTransaction, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${key}`}, 0))`;
}

async function countSince(tx: TTransaction, key: string, windowMs: number, now: Date): Promise<number> {
  return tx.signInFailure.count({ where: { key, at: { gt: new Date(now.getTime() - windowMs) } } });
}

async function signedInFrom(tx: TTransaction, userId: string, address: string, now: Date): Promise<boolean> {
  const event = await tx.auditEvent.findFirst({
    where: {
      action: "auth.signed_in",
      entityType: "user",
      entityId: userId,
      at: { gt: new Date(now.getTime() - KNOWN_ADDRESS_MS) },
      payload: { path: ["ip"], equals: address },
    },
    select: { id: true },
  });
  return event !== null;
}

async function exceededLimit(tx: TTransaction, input: TSignInAttemptInput, now: Date): Promise<TSignInLimitScope | null> {
  const keys = signInKeys(input.email, input.address);
  if ((await countSince(tx, keys.pair, SIGN_IN_LIMITS.pair.windowMs, now)) >= SIGN_IN_LIMITS.pair.max) return "pair";
  if (keys.address && (await countSince(tx, keys.address, SIGN_IN_LIMITS.address.windowMs, now)) >= SIGN_IN_LIMITS.address.max) return "address";
  if ((await countSince(tx, keys.account, SIGN_IN_LIMITS.account.windowMs, now)) >= SIGN_IN_LIMITS.account.max) {
    const known = input.userId !== null && input.address !== null && (await signedInFrom(tx, input.userId, input.address, now));
    if (!known) return "account";
  }
  return null;
}

export async function claimSignInAttempt(input: TSignInAttemptInput, now: Date = new Date()): Promise<TSignInClaim> {
  const keys = signInKeys(input.email, input.address);
  return getDb().$transaction(async (tx) => {
    // Always the account first, then the address: two attempts never wait on each other crosswise.
    await lock(tx, keys.account);
    if (keys.address) await lock(tx, keys.address);

    const limit = await exceededLimit(tx, input, now);
    if (limit) {
      const scopeKey = keys[limit] ?? keys.account;
      const marker = `throttled:${scopeKey}`;
      if ((await countSince(tx, marker, SIGN_IN_LIMITS[limit].windowMs, now)) === 0) {
        await tx.signInFailure.create({ data: { key: marker, at: now } });
        await recordAuditEvent(tx, SYSTEM_AUTH, {
          action: "auth.rate_limited",
          entityType: "user",
          entityId: input.email,
          payload: { email: input.email, ip: input.address, reason: limit },
        });
      }
      return { ok: false, limit };
    }

    const attemptKeys = [keys.pair, keys.account, keys.address].filter((key): key is string => key !== null);
    const attempts = await tx.signInFailure.createManyAndReturn({ data: attemptKeys.map((key) => ({ key, at: now })), select: { id: true } });
    // Old rows are useless; trim them while we are here.
    await tx.signInFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - OLDEST_KEPT_MS) } } });
    return { ok: true, attemptIds: attempts.map((attempt) => attempt.id) };
  });
}

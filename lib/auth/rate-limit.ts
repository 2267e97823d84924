// Slows down password guessing: too many recent failures for one account or one address refuse further
// attempts for a while. Counted in PostgreSQL so every app instance shares the same counters.
import "server-only";
import type { TTransaction } from "@/lib/db/client";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export function signInKeys(email: string, ip: string | null): { email: string; ip: string | null } {
  return { email: `email:${email}`, ip: ip ? `ip:${ip}` : null };
}

export async function isSignInThrottled(tx: TTransaction, email: string, ip: string | null, now: Date = new Date()): Promise<boolean> {
  const keys = signInKeys(email, ip);
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const byEmail = await tx.signInFailure.count({ where: { key: keys.email, at: { gt: since } } });
  if (byEmail >= MAX_FAILURES_PER_EMAIL) return true;
  if (!keys.ip) return false;
  return (await tx.signInFailure.count({ where: { key: keys.ip, at: { gt: since } } })) >= MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(tx: TTransaction, email: string, ip: string | null, now: Date = new Date()): Promise<void> {
  const keys = signInKeys(email, ip);
  await tx.signInFailure.createMany({ data: [keys.email, keys.ip].filter((key): key is string => key !== null).map((key) => ({ key, at: now })) });
  // Old rows are useless; trim them while we are here.
  await tx.signInFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS) } } });
}

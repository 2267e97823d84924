// The last-admin rule: a newsroom always keeps one active admin. Changes to roles and disabled flags take
// this lock first, so two admins demoting each other at once cannot both succeed.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function lockAdmins(tx: TTransaction): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('users:admins', 0))`;
}

/** Refuses when taking this account out of the active admins would leave none. */
export async function ensureAnotherActiveAdmin(tx: TTransaction, userId: string, selfChange: boolean): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others > 0) return;
  throw new AppError(
    "CONFLICT",
    selfChange ? "你是最后一位在用的管理员，不能停用自己或取消自己的管理员身份；请先任命另一位管理员" : "这是最后一位在用的管理员，不能停用或降级",
  );
}

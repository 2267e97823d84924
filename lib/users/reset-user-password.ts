// An admin sets a new password for an account: typed, or generated and shown once (never stored in clear).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generatePassword } from "./generate-password";
import { ZChosenPassword } from "./password-input";

export const ZResetUserPasswordInput = z.object({ userId: z.string().min(1).max(100), password: ZChosenPassword });
export type TResetUserPasswordInput = z.input<typeof ZResetUserPasswordInput>;

export async function resetUserPassword(actor: TActor, input: TResetUserPasswordInput): Promise<{ id: string; oneTimePassword: string | null }> {
  const data = ZResetUserPasswordInput.parse(input);
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw new AppError("NOT_FOUND", "账号不存在");
    const weakness = data.password === null ? null : passwordWeakness(data.password, user.email);
    if (weakness) throw new AppError("INVALID_INPUT", weakness);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAuditEvent(tx, actor, {
      action: "user.password_reset",
      entityType: "user",
      entityId: user.id,
      payload: { email: user.email, generated: data.password === null },
    });
    return { id: user.id, oneTimePassword: data.password === null ? password : null };
  });
}

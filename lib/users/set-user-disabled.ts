// Disables an account (its session stops working on its next request: every request re-reads the flag)
// or enables it again.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ensureAnotherActiveAdmin, lockAdmins } from "./lock-admins";

export const ZSetUserDisabledInput = z.object({ userId: z.string().min(1).max(100), disabled: z.boolean() });
export type TSetUserDisabledInput = z.input<typeof ZSetUserDisabledInput>;

export async function setUserDisabled(actor: TActor, input: TSetUserDisabledInput): Promise<{ id: string; disabled: boolean }> {
  const data = ZSetUserDisabledInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw new AppError("NOT_FOUND", "账号不存在");
    if ((user.disabledAt !== null) === data.disabled) throw new AppError("CONFLICT", `${user.email} ${data.disabled ? "已经停用" : "没有停用"}`);
    if (data.disabled && user.role === "ADMIN") await ensureAnotherActiveAdmin(tx, user.id, actor.kind === "user" && actor.userId === user.id);
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: data.disabled ? new Date() : null } });
    await recordAuditEvent(tx, actor, {
      action: data.disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: user.id,
      payload: { email: user.email },
    });
    return { id: user.id, disabled: data.disabled };
  });
}

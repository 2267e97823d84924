// Makes an account an admin or an editor. Takes effect on the account's next request (roles are re-read).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES, ZUserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ensureAnotherActiveAdmin, lockAdmins } from "./lock-admins";

export const ZChangeUserRoleInput = z.object({ userId: z.string().min(1).max(100), role: ZUserRole });
export type TChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

export async function changeUserRole(actor: TActor, input: TChangeUserRoleInput): Promise<{ id: string; role: string }> {
  const data = ZChangeUserRoleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw new AppError("NOT_FOUND", "账号不存在");
    if (user.role === data.role) throw new AppError("CONFLICT", `${user.email} 已经是这个角色`);
    if (user.role === "ADMIN" && !user.disabledAt) await ensureAnotherActiveAdmin(tx, user.id, actor.kind === "user" && actor.userId === user.id);
    await tx.user.update({ where: { id: user.id }, data: { role: data.role } });
    await recordAuditEvent(tx, actor, {
      action: "user.role_changed",
      entityType: "user",
      entityId: user.id,
      payload: { email: user.email, from: user.role, to: data.role },
    });
    return { id: user.id, role: data.role };
  });
}

// Any signed-in account changes its own password, proving it knows the current one.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { hashPassword, passwordWeakness, verifyPassword } from "@/lib/auth/password";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const ZChangeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1, { message: "请输入当前密码" }).max(200),
  newPassword: z.string().max(200, { message: "密码过长" }),
});
export type TChangeOwnPasswordInput = z.input<typeof ZChangeOwnPasswordInput>;

export async function changeOwnPassword(actor: TActor, input: TChangeOwnPasswordInput): Promise<{ id: string }> {
  const data = ZChangeOwnPasswordInput.parse(input);
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "只有登录的账号可以修改自己的密码");
  const user = await getDb().user.findUnique({ where: { id: actor.userId } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) throw new AppError("INVALID_INPUT", "当前密码不正确");
  const weakness = passwordWeakness(data.newPassword, user.email);
  if (weakness) throw new AppError("INVALID_INPUT", weakness);
  if (data.newPassword === data.currentPassword) throw new AppError("INVALID_INPUT", "新密码不能与当前密码相同");
  const passwordHash = await hashPassword(data.newPassword);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    // Only if nobody changed it in between (the hash we verified is still the stored one).
    const updated = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (updated.count === 0) throw new AppError("CONFLICT", "密码刚被修改过，请重新输入当前密码");
    await recordAuditEvent(tx, actor, { action: "user.password_changed", entityType: "user", entityId: user.id, payload: { email: user.email } });
    return { id: user.id };
  });
}

// Creates a newsroom account (the first admin comes from the command line).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { ADMIN_ROLES, ZUserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const ZCreateUserInput = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "邮箱格式不正确" })),
    password: z.string(),
    role: ZUserRole,
    name: z.string().trim().min(1).max(50).nullable().default(null),
  })
  .superRefine((input, context) => {
    const weakness = passwordWeakness(input.password, input.email);
    if (weakness) context.addIssue({ code: "custom", path: ["password"], message: weakness });
  });
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export async function createUser(actor: TActor, input: TCreateUserInput) {
  const data = ZCreateUserInput.parse(input);
  const passwordHash = await hashPassword(data.password);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `账号 ${data.email} 已存在`);
    }
    const user = await tx.user.create({
      data: { email: data.email, passwordHash, role: data.role, name: data.name },
      select: { id: true, email: true, role: true, name: true },
    });
    await recordAuditEvent(tx, actor, { action: "user.created", entityType: "user", entityId: user.id, payload: { email: user.email, role: user.role } });
    return user;
  });
}

// Creates a newsroom account (the first admin comes from the command line). The password is the one the
// admin typed, or — when none is given — a generated one-time password returned once to show to the admin.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { ADMIN_ROLES, ZUserRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generatePassword } from "./generate-password";
import { ZChosenPassword } from "./password-input";

export const ZCreateUserInput = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: "邮箱格式不正确" })),
    password: ZChosenPassword,
    role: ZUserRole,
    name: z
      .string()
      .trim()
      .max(50)
      .nullable()
      .default(null)
      .transform((value) => value || null),
  })
  .superRefine((input, context) => {
    const weakness = input.password === null ? null : passwordWeakness(input.password, input.email);
    if (weakness) context.addIssue({ code: "custom", path: ["password"], message: weakness });
  });
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export async function createUser(actor: TActor, input: TCreateUserInput) {
  const data = ZCreateUserInput.parse(input);
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
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
    return { ...user, oneTimePassword: data.password === null ? password : null };
  });
}

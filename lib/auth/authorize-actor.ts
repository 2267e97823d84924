// Authorization inside every command: a user actor is re-read from PostgreSQL each time, so a disabled
// account or a changed role takes effect on the very next action. System actors (CLIs) are trusted.
// Returns the user's role as just read (null for a system actor), for commands that allow more to admins.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TActor } from "./actor";
import type { TUserRole } from "./roles";

export async function authorizeActor(tx: TTransaction, actor: TActor, roles: readonly TUserRole[]): Promise<TUserRole | null> {
  if (actor.kind === "system") return null;
  const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { role: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("FORBIDDEN", "账号不可用，请重新登录");
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "没有权限执行此操作");
  return user.role;
}

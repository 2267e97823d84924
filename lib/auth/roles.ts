// The newsroom's roles, written once: the actor schema, sessions, account creation and every command's
// authorization read them from here. Prisma's `UserRole` enum must list the same names (checked below).
import { z } from "zod";
import type { UserRole } from "@/lib/db/generated/enums";

export const USER_ROLES = ["ADMIN", "EDITOR"] as const;
export const ZUserRole = z.enum(USER_ROLES, { message: "角色只能是 ADMIN 或 EDITOR" });
export type TUserRole = z.infer<typeof ZUserRole>;

/** Everyone who may work in the newsroom (edit, publish). */
export const NEWSROOM_ROLES: readonly TUserRole[] = USER_ROLES;
/** Who may manage accounts. */
export const ADMIN_ROLES: readonly TUserRole[] = ["ADMIN"];

export const ROLE_LABELS: Record<TUserRole, string> = { ADMIN: "管理员", EDITOR: "编辑" };

// Fails to compile if the database enum and this list drift apart.
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatchDatabase: TSame<TUserRole, UserRole> = true;
void rolesMatchDatabase;

// Accounts on the admin desk against a real PostgreSQL: create (one-time password), role, disable, reset,
// own password; the last-admin rule; sign-in failures per account; editors refused.
import { describe, expect, it } from "vitest";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { SIGN_IN_LIMITS } from "@/lib/sign-in/limits";
import { verifyCredentials } from "@/lib/sign-in/verify-credentials";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createTestUser } from "../helpers/factories";

const PASSWORD = "Jinzhong#2025-x";

async function users() {
  return getDb().user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabledAt: true, passwordHash: true } });
}

describe("accounts", () => {
  it("are created with a one-time password shown once, which signs in", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const created = await createUser(actor, { email: "New@JZRB.test", role: "EDITOR", name: "新编辑", password: null });
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(await verifyCredentials({ email: "new@jzrb.test", password: created.oneTimePassword }, "10.0.0.1")).toMatchObject({ ok: true });
    const typed = await createUser(actor, { email: "typed@jzrb.test", role: "EDITOR", password: PASSWORD });
    expect(typed.oneTimePassword).toBeNull();
    const stored = await getDb().auditEvent.findMany({ where: { action: "user.created" } });
    expect(JSON.stringify(stored)).not.toContain(created.oneTimePassword ?? "-");
  });

  it("change role, are disabled and enabled (taking effect on the next action), and get a new password", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const { user, actor: editor } = await createTestUser({ role: "EDITOR", password: PASSWORD });
    await changeUserRole(actor, { userId: user.id, role: "ADMIN" });
    await getDb().$transaction((tx) => authorizeActor(tx, editor, ["ADMIN"]));
    await changeUserRole(actor, { userId: user.id, role: "EDITOR" });
    await setUserDisabled(actor, { userId: user.id, disabled: true });
    await expect(getDb().$transaction((tx) => authorizeActor(tx, editor, ["EDITOR"]))).rejects.toThrow("账号不可用");
    await setUserDisabled(actor, { userId: user.id, disabled: false });
    const reset = await resetUserPassword(actor, { userId: user.id, password: null });
    expect(await verifyCredentials({ email: user.email, password: reset.oneTimePassword }, "10.0.0.2")).toMatchObject({ ok: true });
    await expect(resetUserPassword(actor, { userId: user.id, password: "short" })).rejects.toThrow(/至少需要 10 个字符/);
    const actions = (await getDb().auditEvent.findMany({ where: { entityId: user.id, action: { startsWith: "user." } }, orderBy: { id: "asc" } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(["user.role_changed", "user.role_changed", "user.disabled", "user.enabled", "user.password_reset"]);
  });

  it("keep the last active admin: they cannot disable or demote themself, and nobody else can either", async () => {
    const { user: admin, actor } = await createTestUser({ role: "ADMIN" });
    const before = await users();
    await expect(setUserDisabled(actor, { userId: admin.id, disabled: true })).rejects.toThrow(/最后一位在用的管理员/);
    await expect(changeUserRole(actor, { userId: admin.id, role: "EDITOR" })).rejects.toThrow(/最后一位在用的管理员/);
    expect(await users()).toEqual(before);
    // With a second active admin, demoting oneself is allowed; the other one is then the last.
    const { user: second, actor: secondActor } = await createTestUser({ role: "ADMIN" });
    await changeUserRole(actor, { userId: admin.id, role: "EDITOR" });
    await expect(setUserDisabled(secondActor, { userId: second.id, disabled: true })).rejects.toThrow(/最后一位在用的管理员/);
    // A disabled admin does not count as the spare.
    await changeUserRole(secondActor, { userId: admin.id, role: "ADMIN" });
    await setUserDisabled(secondActor, { userId: admin.id, disabled: true });
    await expect(changeUserRole(secondActor, { userId: second.id, role: "EDITOR" })).rejects.toThrow(/最后一位在用的管理员/);
  });

  it("let only one of two admins demoting each other at the same moment succeed", async () => {
    // Several rounds, so that without the lock the two checks would interleave at least once.
    for (let round = 0; round < 8; round += 1) {
      await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
      const { user: first, actor: firstActor } = await createTestUser({ role: "ADMIN" });
      const { user: second, actor: secondActor } = await createTestUser({ role: "ADMIN" });
      const results = await Promise.allSettled([
        changeUserRole(firstActor, { userId: second.id, role: "EDITOR" }),
        changeUserRole(secondActor, { userId: first.id, role: "EDITOR" }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(await getDb().user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
  });

  it("refuse every account command from an editor, changing nothing", async () => {
    const { user: admin } = await createTestUser({ role: "ADMIN" });
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    const before = await users();
    for (const attempt of [
      () => createUser(editor, { email: "x@jzrb.test", role: "ADMIN", password: null }),
      () => changeUserRole(editor, { userId: admin.id, role: "EDITOR" }),
      () => setUserDisabled(editor, { userId: admin.id, disabled: true }),
      () => resetUserPassword(editor, { userId: admin.id, password: PASSWORD }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    expect(await users()).toEqual(before);
  });

  it("let anyone signed in change their own password, knowing the current one", async () => {
    const { user, actor } = await createTestUser({ role: "EDITOR", password: PASSWORD });
    await expect(changeOwnPassword(actor, { currentPassword: "wrong-Password1", newPassword: "Another#2025-y" })).rejects.toThrow("当前密码不正确");
    await expect(changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: "short" })).rejects.toThrow(/至少需要 10 个字符/);
    await changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: "Another#2025-y" });
    expect(await verifyCredentials({ email: user.email, password: "Another#2025-y" }, "10.0.0.3")).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.0.3")).toMatchObject({ ok: false });
  });

  it("show sign-in failures and throttling per account", async () => {
    const { user } = await createTestUser({ role: "EDITOR", password: PASSWORD });
    const { user: other } = await createTestUser({ role: "EDITOR", password: PASSWORD });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.pair.max + 1; attempt += 1) {
      await verifyCredentials({ email: user.email, password: `Wrong#${attempt}-password` }, "10.0.0.9");
    }
    const rows = await listUsers();
    const row = rows.find((candidate) => candidate.id === user.id);
    expect(row).toMatchObject({ recentFailures: SIGN_IN_LIMITS.pair.max, throttled: true });
    expect(row?.lastFailureAt).not.toBeNull();
    expect(rows.find((candidate) => candidate.id === other.id)).toMatchObject({ recentFailures: 0, throttled: false, lastFailureAt: null });
  });
});

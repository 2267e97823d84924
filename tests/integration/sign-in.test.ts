// Sign-in checks: failures never say which part was wrong, repeated failures are throttled and audited.
import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/rate-limit";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { createTestUser } from "../helpers/factories";

const PASSWORD = "Jinzhong#2025";

async function editor(disabled = false) {
  const { user } = await createTestUser({ password: PASSWORD, disabled });
  return user;
}

describe("signing in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await editor();
    const outcome = await verifyCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "EDITOR" } });
    expect(await getDb().auditEvent.count({ where: { action: "auth.signed_in", entityId: user.id } })).toBe(1);
  });

  it("gives the same answer for a wrong password, an unknown account and a disabled one", async () => {
    const user = await editor();
    const disabled = await editor(true);
    expect(await verifyCredentials({ email: user.email, password: "wrong-password-1" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@jzrb.test", password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: disabled.email, password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    const failures = await getDb().auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
    expect(failures.map((event) => (event.payload as { reason: string }).reason)).toEqual(["wrong password", "unknown account", "disabled account"]);
  });

  it("throttles an account after repeated failures, even with the right password, and audits it", async () => {
    const user = await editor();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt += 1) {
      expect((await verifyCredentials({ email: user.email, password: `guess-${attempt}-xx` }, `10.0.1.${attempt}`)).ok).toBe(false);
    }
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.2.1")).toEqual({ ok: false, reason: "throttled" });
    expect(await getDb().auditEvent.count({ where: { action: "auth.rate_limited", entityId: user.email } })).toBe(1);
    // Another account is unaffected.
    const other = await editor();
    expect((await verifyCredentials({ email: other.email, password: PASSWORD }, "10.0.2.1")).ok).toBe(true);
  });

  it("throttles an address that guesses across many accounts", async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt += 1) {
      await verifyCredentials({ email: `guess${attempt}@jzrb.test`, password: "whatever-123" }, "10.9.9.9");
    }
    const user = await editor();
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.9.9.9")).toEqual({ ok: false, reason: "throttled" });
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "10.9.9.10")).ok).toBe(true);
  });
});

describe("creating accounts", () => {
  it("refuses weak passwords and duplicate e-mails with a clear message", async () => {
    const cli = { kind: "system", source: "cli" } as const;
    await expect(createUser(cli, { email: "a@jzrb.test", password: "short", role: "EDITOR" })).rejects.toThrow(/至少需要 10 个字符/);
    await expect(createUser(cli, { email: "a@jzrb.test", password: "aaaaaaaaaaaa", role: "EDITOR" })).rejects.toThrow(/过于常见/);
    await expect(createUser(cli, { email: "a@jzrb.test", password: "abcdefghijkl", role: "EDITOR" })).rejects.toThrow(/至少两类/);
    await expect(createUser(cli, { email: "not-an-email", password: PASSWORD, role: "EDITOR" })).rejects.toThrow(/邮箱格式不正确/);
    const created = await createUser(cli, { email: "Chief@JZRB.test", password: PASSWORD, role: "ADMIN", name: "总编" });
    expect(created).toMatchObject({ email: "chief@jzrb.test", role: "ADMIN" });
    await expect(createUser(cli, { email: "chief@jzrb.test", password: PASSWORD, role: "EDITOR" })).rejects.toThrow(/已存在/);
    const stored = await getDb().user.findUniqueOrThrow({ where: { email: "chief@jzrb.test" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("lets only admins create accounts from the newsroom", async () => {
    const { actor: editorActor } = await createTestUser({ role: "EDITOR" });
    const { actor: adminActor } = await createTestUser({ role: "ADMIN" });
    await expect(createUser(editorActor, { email: "x@jzrb.test", password: PASSWORD, role: "EDITOR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createUser(adminActor, { email: "x@jzrb.test", password: PASSWORD, role: "EDITOR" })).resolves.toMatchObject({ email: "x@jzrb.test" });
  });
});

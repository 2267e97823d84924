// Sign-in checks: failures never say which part was wrong; attempts are counted before the password is
// checked, per account and address, per account and per address; throttling is audited once per burst.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SIGN_IN_LIMITS } from "@/lib/sign-in/limits";
import { verifyCredentials } from "@/lib/sign-in/verify-credentials";
import { createUser } from "@/lib/users/create-user";
import { createTestUser } from "../helpers/factories";

const PASSWORD = "Jinzhong#2025";

async function editor(disabled = false) {
  const { user } = await createTestUser({ password: PASSWORD, disabled });
  return user;
}

const countAudit = (action: string, entityId?: string) => getDb().auditEvent.count({ where: { action, ...(entityId ? { entityId } : {}) } });

describe("signing in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await editor();
    const outcome = await verifyCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "EDITOR" } });
    expect(await countAudit("auth.signed_in", user.id)).toBe(1);
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

  it("stops a stranger guessing from one address without locking out the owner, and audits the burst once", async () => {
    const user = await editor();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.pair.max; attempt += 1) {
      expect(await verifyCredentials({ email: user.email, password: `guess-${attempt}-xx` }, "203.0.113.7")).toEqual({ ok: false, reason: "invalid" });
    }
    // The stranger is throttled, even with the right password, however often they try...
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "203.0.113.7")).toEqual({ ok: false, reason: "throttled" });
    }
    // ...with one audit row for the burst, not one per request.
    expect(await countAudit("auth.rate_limited", user.email)).toBe(1);
    // The owner, elsewhere, signs in as usual.
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.3.1")).ok).toBe(true);
  });

  it("throttles an account guessed at from many addresses, even with the right password, and audits it", async () => {
    const user = await editor();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.account.max; attempt += 1) {
      expect((await verifyCredentials({ email: user.email, password: `guess-${attempt}-xx` }, `10.0.1.${attempt}`)).ok).toBe(false);
    }
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.2.1")).toEqual({ ok: false, reason: "throttled" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.2.2")).toEqual({ ok: false, reason: "throttled" });
    expect(await countAudit("auth.rate_limited", user.email)).toBe(1);
    // Another account is unaffected.
    const other = await editor();
    expect((await verifyCredentials({ email: other.email, password: PASSWORD }, "10.0.2.1")).ok).toBe(true);
  });

  it("lets the owner in from an address they signed in from before while the account-wide limit holds", async () => {
    const user = await editor();
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "198.51.100.4")).ok).toBe(true);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.account.max; attempt += 1) {
      await verifyCredentials({ email: user.email, password: `guess-${attempt}-xx` }, `10.0.4.${attempt}`);
    }
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.5.1")).toEqual({ ok: false, reason: "throttled" });
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "198.51.100.4")).ok).toBe(true);
  });

  it("throttles an address that guesses across many accounts", async () => {
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.address.max; attempt += 1) {
      await verifyCredentials({ email: `guess${attempt}@jzrb.test`, password: "whatever-123" }, "10.9.9.9");
    }
    const user = await editor();
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "10.9.9.9")).toEqual({ ok: false, reason: "throttled" });
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "10.9.9.10")).ok).toBe(true);
  });

  it("checks no more passwords than the limit when 30 attempts arrive at once", async () => {
    const user = await editor();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => verifyCredentials({ email: user.email, password: `parallel-${attempt}-x` }, "203.0.113.9")),
    );
    // Every checked password leaves one failure in the audit trail.
    expect(await countAudit("auth.sign_in_failed", user.id)).toBe(SIGN_IN_LIMITS.pair.max);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled")).toHaveLength(30 - SIGN_IN_LIMITS.pair.max);
    expect(await countAudit("auth.rate_limited", user.email)).toBe(1);
  });

  it("does not count a successful sign-in against the limits", async () => {
    const user = await editor();
    for (let round = 0; round < SIGN_IN_LIMITS.pair.max + 2; round += 1) {
      expect((await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.6.1")).ok).toBe(true);
    }
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

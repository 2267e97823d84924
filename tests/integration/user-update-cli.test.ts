// `npm run user:update`: an operator resets a password or disables an account from the command line (the
// way back in when nobody can sign in to the accounts desk), through the desk's own commands, audited.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";

const run = promisify(execFile);

async function userUpdate(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/user-update.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("npm run user:update", { timeout: 120_000 }, () => {
  it("sets a password, generates a one-time one, disables and enables an account", async () => {
    await createUser({ kind: "system", source: "cli" }, { email: "zhao@jzrb.test", password: "Jinzhong#2025-z", role: "EDITOR", name: "赵编辑" });
    const hashOf = async () => (await getDb().user.findUniqueOrThrow({ where: { email: "zhao@jzrb.test" } })).passwordHash ?? "";

    const typed = await userUpdate(["--email", "ZHAO@jzrb.test", "--password", "Taiyuan#2026-new"]);
    expect(typed.code).toBe(0);
    expect(await verifyPassword(await hashOf(), "Taiyuan#2026-new")).toBe(true);

    const generated = await userUpdate(["--email", "zhao@jzrb.test", "--new-password", "--disable"]);
    expect(generated.code).toBe(0);
    const oneTime = generated.stdout.match(/one-time password for zhao@jzrb\.test: (\S+)/)?.[1] ?? "";
    expect(await verifyPassword(await hashOf(), oneTime)).toBe(true);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: "zhao@jzrb.test" } })).disabledAt).not.toBeNull();

    expect((await userUpdate(["--email", "zhao@jzrb.test", "--enable"])).code).toBe(0);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: "zhao@jzrb.test" } })).disabledAt).toBeNull();

    const actions = await getDb().auditEvent.findMany({ where: { entityType: "user" }, orderBy: { id: "asc" }, select: { action: true, actorKind: true } });
    expect(actions.map((event) => event.action)).toEqual(["user.created", "user.password_reset", "user.password_reset", "user.disabled", "user.enabled"]);
  });

  it("refuses unknown accounts, weak passwords and nothing to do, with a message and a non-zero exit", async () => {
    expect(await userUpdate(["--email", "zhao@jzrb.test"])).toMatchObject({ code: 2, stderr: expect.stringContaining("nothing to do") });
    expect(await userUpdate(["--email", "nobody@jzrb.test", "--disable"])).toMatchObject({ code: 1, stderr: expect.stringContaining("不存在") });
    await createUser({ kind: "system", source: "cli" }, { email: "qian@jzrb.test", password: "Jinzhong#2025-q", role: "EDITOR", name: null });
    const weak = await userUpdate(["--email", "qian@jzrb.test", "--password", "short"]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^error: .*密码/m);
  });
});

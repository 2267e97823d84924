// Our command-line tools print no warning of their own making: node-postgres deprecates sending a query on
// a connection that is still busy ("client is already executing a query"), which Prisma's transactions did
// on every import and seed. The tools run as users run them (tsx child processes) on this file's database.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SEED_FILE } from "../helpers/pages";

const run = promisify(execFile);

async function cli(script: string, args: string[] = []): Promise<string> {
  const { stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script, ...args], {
    env: { ...process.env, NODE_OPTIONS: "--trace-deprecation" },
    maxBuffer: 10_000_000,
  });
  return stderr;
}

describe("command-line tools", { timeout: 120_000 }, () => {
  it("migrate, seed, import and user:create print no deprecation warning", async () => {
    const printed = [
      await cli("lib/cli/migrate.ts"),
      await cli("lib/cli/seed.ts"),
      await cli("lib/cli/import.ts", ["--replace", "--publish", "--date", "2025-12-20", "--page", "1", SEED_FILE]),
      await cli("lib/cli/user-create.ts", ["--email", "warn@jzrb.test", "--password", "Jinzhong#2025-w", "--role", "EDITOR"]),
    ].join("\n");
    // The tools really wrote (the transactions that used to warn did run).
    expect(await getDb().article.count()).toBe(6);
    expect(await getDb().user.count({ where: { email: "warn@jzrb.test" } })).toBe(1);
    expect(printed).not.toContain("already executing a query");
    expect(printed).not.toContain("DeprecationWarning");
  });
});

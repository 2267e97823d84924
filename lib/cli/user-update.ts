// npm run user:update -- --email E [--password P | --new-password] [--disable | --enable]
// For when nobody can sign in to the accounts desk (a forgotten admin password): the same commands the desk
// calls, as the system actor, each recorded in the audit trail.
import { parseArgs } from "node:util";
import { disconnectDb, getDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { AppError } from "@/lib/errors";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { runCli, UsageError } from "./run-cli";

const USAGE = "usage: npm run user:update -- --email E [--password P | --new-password] [--disable | --enable]";

async function main() {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          email: { type: "string" },
          password: { type: "string" },
          "new-password": { type: "boolean" },
          disable: { type: "boolean" },
          enable: { type: "boolean" },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (!values.email) throw new UsageError("--email is required");
  if (values.password !== undefined && values["new-password"]) throw new UsageError("give --password or --new-password, not both");
  if (values.disable && values.enable) throw new UsageError("give --disable or --enable, not both");
  const setsPassword = values.password !== undefined || values["new-password"] === true;
  if (!setsPassword && !values.disable && !values.enable) throw new UsageError("nothing to do: give --password, --new-password, --disable or --enable");

  const database = await ensureDatabase();
  try {
    const actor = { kind: "system", source: "cli" } as const;
    const email = values.email.trim().toLowerCase();
    const user = await getDb().user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) throw new AppError("NOT_FOUND", `账号 ${email} 不存在`);
    if (setsPassword) {
      const { oneTimePassword } = await resetUserPassword(actor, { userId: user.id, password: values.password ?? null });
      process.stdout.write(oneTimePassword ? `New one-time password for ${user.email}: ${oneTimePassword}\n` : `Password of ${user.email} changed\n`);
    }
    if (values.disable || values.enable) {
      await setUserDisabled(actor, { userId: user.id, disabled: values.disable === true });
      process.stdout.write(`${user.email} ${values.disable ? "disabled" : "enabled"}\n`);
    }
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

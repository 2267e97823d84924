// npm run user:create -- --email E --password P --role ADMIN|EDITOR [--name N]
import { parseArgs } from "node:util";
import { USER_ROLES, ZUserRole } from "@/lib/auth/roles";
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { createUser } from "@/lib/users/create-user";
import { runCli, UsageError } from "./run-cli";

const USAGE = `usage: npm run user:create -- --email E --password P --role ${USER_ROLES.join("|")} [--name N]`;

async function main() {
  const { values } = (() => {
    try {
      return parseArgs({
        options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  for (const flag of ["email", "password", "role"] as const) {
    if (!values[flag]) throw new UsageError(`--${flag} is required`);
  }
  const role = ZUserRole.safeParse(values.role?.toUpperCase());
  if (!role.success) throw new UsageError(`--role must be one of ${USER_ROLES.join(", ")}`);
  const database = await ensureDatabase();
  try {
    const user = await createUser(
      { kind: "system", source: "cli" },
      { email: values.email as string, password: values.password as string, role: role.data, name: values.name ?? null },
    );
    process.stdout.write(`Created ${user.role} ${user.email}${user.name ? ` (${user.name})` : ""}\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

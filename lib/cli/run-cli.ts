// Shared ending of command-line tools: clear messages on stderr and an exit code, never a stack trace
// for a mistake the user can fix.
import { ZodError } from "zod";
import { disconnectDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";

export class UsageError extends Error {
  override name = "UsageError";
}

export function formatZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
}

export async function runCli(main: () => Promise<void>, usage: string): Promise<void> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    code = 1;
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      code = 2;
    } else if (error instanceof ZodError) {
      process.stderr.write(`error: ${formatZodError(error)}\n`);
    } else if (isAppError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  } finally {
    await disconnectDb().catch(() => {});
  }
  process.exitCode = code;
}

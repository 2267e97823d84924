// Tells a database that cannot be reached (stopped, restarting, network gone, no free connection) from
// every other failure, so the edge can answer "service unavailable, try again" instead of a bare 500.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL SQLSTATEs: 08xxx connection exceptions, 57P01-03 shutdown / cannot connect now, 53300 too many connections.
const SQLSTATE = /^(08\d{3}|57P0[123]|53300)$/;
const MESSAGES =
  /Connection terminated|Can't reach database server|connect ECONNREFUSED|Connection ended unexpectedly|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const fields = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown };
  const code = typeof fields.code === "string" ? fields.code : typeof fields.originalCode === "string" ? fields.originalCode : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
  if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
  if (typeof fields.message === "string" && MESSAGES.test(fields.message)) return true;
  const meta = fields.meta as { driverAdapterError?: unknown } | undefined;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(fields.cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}

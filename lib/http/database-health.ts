// Whether PostgreSQL answers, as far as this instance knows: a `SELECT 1` at most every second or two,
// so pages can answer a proper 503 while the database is down (proxy.ts) without a query per request.
// A handler that hits an unreachable database reports it at once. Kept on globalThis: proxy.ts and the
// route handlers are bundled apart but run in one process.
import { getDb } from "@/lib/db/client";

const HEALTHY_RECHECK_MS = 2_000;
const DOWN_RECHECK_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_000;

interface THealth {
  ok: boolean;
  checkedAt: number;
  probe: Promise<boolean> | null;
}

declare global {
  var __newsroomDbHealth: THealth | undefined;
}

function health(): THealth {
  globalThis.__newsroomDbHealth ??= { ok: true, checkedAt: 0, probe: null };
  return globalThis.__newsroomDbHealth;
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([getDb().$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function reportDatabaseUnavailable(now: number = Date.now()): void {
  const state = health();
  state.ok = false;
  state.checkedAt = now;
}

/** Never waits while the database was fine at the last check; waits for the probe while it was down. */
export async function isDatabaseAvailable(now: number = Date.now()): Promise<boolean> {
  const state = health();
  if (now - state.checkedAt < (state.ok ? HEALTHY_RECHECK_MS : DOWN_RECHECK_MS)) return state.ok;
  state.probe ??= probe().then((ok) => {
    state.ok = ok;
    state.checkedAt = Date.now();
    state.probe = null;
    return ok;
  });
  return state.ok ? true : state.probe;
}

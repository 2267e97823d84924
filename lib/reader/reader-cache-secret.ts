// A secret known only to this process: the change listener presents it to the invalidation route of the
// same instance. Kept on globalThis because instrumentation and route bundles load separate module copies.
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";

const KEY = Symbol.for("jinzhong-daily.reader-cache-secret");
const store = globalThis as unknown as { [KEY]?: string };

export const READER_CACHE_SECRET_HEADER = "x-reader-cache-secret";
/** Path of the per-instance invalidation route (app/(reader)/internal/reader-cache/route.ts). */
export const READER_CACHE_ROUTE = "/internal/reader-cache";

export function readerCacheSecret(): string {
  store[KEY] ??= randomBytes(32).toString("base64url");
  return store[KEY];
}

export function isReaderCacheSecret(candidate: string | null): boolean {
  const secret = store[KEY];
  if (!secret || !candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

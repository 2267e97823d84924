// Wires the change listener of this app instance to its own invalidation route and to the HTTP caches in
// front of it (see instrumentation.ts and docs/architecture.md, "Reader cache").
import "server-only";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { listenForReaderChanges, type TReaderChangeListener } from "./listen-reader-changes";
import { READER_CACHE_ROUTE, READER_CACHE_SECRET_HEADER, readerCacheSecret } from "./reader-cache-secret";
import { httpCacheRefreshOrigins, refreshHttpCaches } from "./refresh-http-caches";

const KEY = Symbol.for("jinzhong-daily.reader-change-listener");
const store = globalThis as unknown as { [KEY]?: TReaderChangeListener };

/** The address this process serves on; `next start` sets PORT once it listens. */
function ownOrigin(): string {
  const port = process.env.PORT ?? "3000";
  return `http://127.0.0.1:${port}`;
}

export function startReaderChangeListener(): TReaderChangeListener {
  if (store[KEY]) return store[KEY];
  const secret = readerCacheSecret();
  const cacheOrigins = httpCacheRefreshOrigins();
  const log = (line: string) => console.error(line);
  store[KEY] = listenForReaderChanges({
    connectionString: resolveDatabaseUrl().url,
    log,
    async invalidate(tags) {
      const response = await fetch(new URL(READER_CACHE_ROUTE, ownOrigin()), {
        method: "POST",
        headers: { "content-type": "application/json", [READER_CACHE_SECRET_HEADER]: secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`invalidation route answered ${response.status}`);
    },
    refresh:
      cacheOrigins.length === 0
        ? undefined
        : async (paths) => {
            const { failed } = await refreshHttpCaches(cacheOrigins, paths);
            // The caches still catch up by themselves once their one-second lifetime runs out.
            if (failed.length > 0) log(`reader cache: ${failed.length} HTTP cache refreshes failed, e.g. ${failed[0]?.url}: ${failed[0]?.reason}`);
          },
  });
  return store[KEY];
}

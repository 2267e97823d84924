// Wires the change listener of this app instance to its own invalidation route (see instrumentation.ts).
import "server-only";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { listenForReaderChanges, type TReaderChangeListener } from "./listen-reader-changes";
import { READER_CACHE_ROUTE, READER_CACHE_SECRET_HEADER, readerCacheSecret } from "./reader-cache-secret";

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
  store[KEY] = listenForReaderChanges({
    connectionString: resolveDatabaseUrl().url,
    async invalidate(tags) {
      const response = await fetch(new URL(READER_CACHE_ROUTE, ownOrigin()), {
        method: "POST",
        headers: { "content-type": "application/json", [READER_CACHE_SECRET_HEADER]: secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`invalidation route answered ${response.status}`);
    },
  });
  return store[KEY];
}

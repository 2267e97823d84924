// Keeps one dedicated PostgreSQL connection LISTENing on `reader_change`, hands the tags of every
// notification to `invalidate` and then its URLs to `refresh`. Every app instance runs one, so a publish
// handled by any instance (or by a command-line import) reaches the reader cache of all of them.
//
// Notifications sent while the connection is down are lost, so after every (re)connect the listener
// invalidates READER_ALL_TAG: whatever was cached before may be stale.
import "server-only";
import pg from "pg";
import { z } from "zod";
import { READER_ALL_TAG, READER_CHANGE_CHANNEL } from "@/lib/reader-change/cache-tags";

const ZPayload = z.object({
  tags: z.array(z.string().min(1).max(256)).max(1000),
  paths: z
    .array(
      z
        .string()
        // A path on the cache's own origin: no scheme, no "//host", no backslash (URL parsers read it as "/").
        .regex(/^\/(?!\/)[^\s\\]*$/)
        .max(2048),
    )
    .max(500)
    .default([]),
});

export interface TReaderChangeBatch {
  tags: string[];
  /** Reader URLs to refresh in the HTTP caches in front of the app; empty when unknown. */
  paths: string[];
}

export interface TReaderChangeListenerOptions {
  connectionString: string;
  /** Drops the tagged entries from this instance's cache. Retried while it throws. */
  invalidate: (tags: string[]) => Promise<void>;
  /** Called after `invalidate` succeeded, one call at a time with every URL since the last; best effort, not retried. */
  refresh?: (paths: string[]) => Promise<void>;
  log?: (line: string) => void;
  /** Checks the connection with a query this often; a half-open TCP connection would otherwise go unnoticed. */
  heartbeatMs?: number;
  maxBackoffMs?: number;
}

export interface TReaderChangeListener {
  /** Resolves once the first LISTEN is in place and the initial full invalidation is done. */
  ready: Promise<void>;
  stop: () => Promise<void>;
}

export function parseReaderChangePayload(payload: string | undefined): TReaderChangeBatch {
  try {
    const parsed = ZPayload.safeParse(JSON.parse(payload ?? ""));
    if (parsed.success) return parsed.data;
  } catch {}
  // An unreadable notification still means "something changed": drop everything rather than miss it.
  return { tags: [READER_ALL_TAG], paths: [] };
}

export function listenForReaderChanges(options: TReaderChangeListenerOptions): TReaderChangeListener {
  const log = options.log ?? ((line: string) => console.error(line));
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  let client: pg.Client | null = null;
  let stopped = false;
  let backoffMs = 100;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let heartbeatTimer: NodeJS.Timeout | null = null;
  let pending = new Set<string>();
  let pendingPaths = new Set<string>();
  let flushing: Promise<void> | null = null;
  let pendingRefresh = new Set<string>();
  let refreshing: Promise<void> | null = null;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  // Changes arriving while an invalidation is in flight are batched into the next one.
  async function flush(): Promise<void> {
    while (pending.size > 0 && !stopped) {
      const tags = [...pending].sort();
      const paths = [...pendingPaths].sort();
      pending = new Set();
      pendingPaths = new Set();
      let invalidated = false;
      for (let attempt = 0; !stopped && !invalidated; attempt += 1) {
        try {
          await options.invalidate(tags);
          invalidated = true;
        } catch (error) {
          if (attempt % 20 === 0) log(`reader cache: invalidation failed (${(error as Error).message}); retrying`);
          await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1_000)));
        }
      }
      // Only after this instance dropped its pages: a refresh reaching it earlier would store the old
      // page again. Not awaited, so that a slow HTTP cache never delays the next invalidation.
      if (invalidated) void scheduleRefresh(paths);
    }
  }

  // One refresh at a time, each taking every URL that came in meanwhile: a URL refreshed for an older
  // change can then never land in the cache after the refresh for a newer one.
  function scheduleRefresh(paths: string[]): Promise<void> | null {
    if (!options.refresh) return null;
    for (const path of paths) pendingRefresh.add(path);
    refreshing ??= (async () => {
      while (pendingRefresh.size > 0 && !stopped) {
        const batch = [...pendingRefresh];
        pendingRefresh = new Set();
        await options.refresh?.(batch).catch((error: Error) => log(`reader cache: refresh failed (${error.message})`));
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  function enqueue(change: TReaderChangeBatch): Promise<void> {
    for (const tag of change.tags) pending.add(tag);
    for (const path of change.paths) pendingPaths.add(path);
    flushing ??= flush().finally(() => {
      flushing = null;
      if (pending.size > 0 && !stopped) void enqueue({ tags: [], paths: [] });
    });
    return flushing;
  }

  function scheduleReconnect(reason: string) {
    if (stopped || reconnectTimer) return;
    if (heartbeatTimer) clearInterval(heartbeatTimer);
    heartbeatTimer = null;
    const old = client;
    client = null;
    old?.removeAllListeners("notification");
    old?.end().catch(() => {});
    log(`reader cache: change listener disconnected (${reason}); reconnecting in ${backoffMs} ms`);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void connect();
    }, backoffMs);
    backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client({ connectionString: options.connectionString, keepAlive: true, application_name: "reader-change-listener" });
    next.on("error", (error) => scheduleReconnect(error.message));
    next.on("end", () => {
      if (client === next) scheduleReconnect("connection ended");
    });
    next.on("notification", (message) => {
      if (message.channel === READER_CHANGE_CHANNEL) void enqueue(parseReaderChangePayload(message.payload));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${READER_CHANGE_CHANNEL}`);
    } catch (error) {
      next.removeAllListeners("end");
      client = next;
      scheduleReconnect((error as Error).message);
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    backoffMs = 100;
    heartbeatTimer = setInterval(() => {
      next.query("SELECT 1").catch((error: Error) => scheduleReconnect(`heartbeat: ${error.message}`));
    }, heartbeatMs);
    heartbeatTimer.unref();
    await enqueue({ tags: [READER_ALL_TAG], paths: [] });
    resolveReady();
  }

  void connect();

  return {
    ready,
    async stop() {
      stopped = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      if (heartbeatTimer) clearInterval(heartbeatTimer);
      const current = client;
      client = null;
      current?.removeAllListeners("end");
      await current?.end().catch(() => {});
    },
  };
}

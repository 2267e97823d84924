// Refreshes changed reader URLs in the HTTP caches in front of the app (the nginx micro-cache's refresh
// server, deploy/nginx/reader-cache.conf.template): a GET there skips the cache, fetches the page from
// the app and stores it under the readers' key, so a publish shows through the cache without waiting for
// its lifetime to run out. READER_CACHE_REFRESH_ORIGINS lists the refresh servers, comma-separated.
import "server-only";
import { z } from "zod";

const ZOrigins = z.array(z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin));

/**
 * Refreshes in flight at once, over all caches. Rendering is CPU-bound on one event loop, so more at once
 * would only delay the first, most read ones.
 */
const CONCURRENCY = 2;
const TIMEOUT_MS = 5_000;

export function httpCacheRefreshOrigins(value = process.env.READER_CACHE_REFRESH_ORIGINS): string[] {
  const list = (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const parsed = ZOrigins.safeParse(list);
  if (!parsed.success) {
    throw new Error(`READER_CACHE_REFRESH_ORIGINS must be comma-separated http(s) origins, e.g. http://nginx:8080 (got "${value}")`);
  }
  return [...new Set(parsed.data)];
}

export interface TRefreshOutcome {
  refreshed: number;
  failed: Array<{ url: string; reason: string }>;
}

/**
 * What readers of a change open first goes first: the story at its shared URL, its pages and issue, the
 * front page; then the story's bare-id URL and the lists; feeds and sitemaps (long, read by machines) last.
 */
const REFRESH_ORDER = [
  /^\/articles\/\d+-/,
  /^\/issues\/\d{4}-\d{2}-\d{2}\/\d+$/,
  /^\/issues\/\d{4}-\d{2}-\d{2}$/,
  /^\/$/,
  /^\/(?!feed\.xml$|sitemap\.xml$|news-sitemap\.xml$|sitemaps\/)/,
];

export function inRefreshOrder(paths: readonly string[]): string[] {
  const rank = (path: string) => {
    const index = REFRESH_ORDER.findIndex((pattern) => pattern.test(path));
    return index === -1 ? REFRESH_ORDER.length : index;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b));
}

export async function refreshHttpCaches(origins: readonly string[], paths: readonly string[]): Promise<TRefreshOutcome> {
  const ordered = inRefreshOrder(paths);
  // Each path in every cache before the next path: every cache gets the story first.
  const queue = ordered.flatMap((path) =>
    origins
      .map((origin) => ({ origin, url: new URL(path, origin) }))
      // Only ever the cache's own origin, whatever the path looks like.
      .filter(({ origin, url }) => url.origin === origin)
      .map(({ url }) => url.toString()),
  );
  const outcome: TRefreshOutcome = { refreshed: 0, failed: [] };
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      try {
        const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
        // Read to the end: the cache stores the page once it has passed through completely.
        await response.arrayBuffer();
        // The cache stores what the app answers, a 404 for a withdrawn story included; a 5xx it does not.
        if (response.status >= 500) outcome.failed.push({ url, reason: `status ${response.status}` });
        else outcome.refreshed += 1;
      } catch (error) {
        outcome.failed.push({ url, reason: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return outcome;
}

// bench:read — what nginx's access log says about one load run: which requests were slow, with what cache
// status, for which kind of URL and when within the second (entries of the micro-cache expire on whole
// seconds). The log format is tests/helpers/nginx.ts's `reader_timing`:
// `$msec $upstream_cache_status $request_time $upstream_response_time $status $request_uri`.
import { open, stat } from "node:fs/promises";

export interface TLogLine {
  /** Unix time in ms when the response was finished. */
  atMs: number;
  cacheStatus: string;
  requestMs: number;
  upstreamMs: number | null;
  status: number;
  uri: string;
}

export interface TLogSummary {
  requests: number;
  /** Requests at or above `slowMs`. */
  slowMs: number;
  slow: number;
  requestP99Ms: number;
  requestMaxMs: number;
  /** Requests and slow requests per cache status (HIT, STALE, UPDATING, EXPIRED, MISS, - for none). */
  byCacheStatus: Record<string, { requests: number; slow: number; p99Ms: number; maxMs: number }>;
  /** Slow requests per kind of URL. */
  slowByUrlKind: Record<string, number>;
  /** Slow requests by tenth of the second they finished in (0 = .000–.099). */
  slowByTenth: number[];
  /** Requests that went to the app (an upstream time is logged) and how long the app took. */
  upstream: { requests: number; p50Ms: number; maxMs: number };
}

/** Where the log ends now: read only what a run appends after it. */
export async function logOffset(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

export async function readLogSince(file: string, offset: number): Promise<TLogLine[]> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer
      .toString("utf8")
      .split("\n")
      .map((line) => line.split(" "))
      .filter((fields) => fields.length >= 6)
      .map(([at, cacheStatus, request, upstream, status, ...uri]) => ({
        atMs: Number(at) * 1000,
        cacheStatus: cacheStatus ?? "-",
        requestMs: Number(request) * 1000,
        // Several upstream tries are listed "0.004, 0.010"; one here. "-" when nginx answered alone.
        upstreamMs: upstream && upstream !== "-" ? Number(upstream.replace(/,$/, "")) * 1000 : null,
        status: Number(status),
        uri: uri.join(" "),
      }));
  } finally {
    await handle.close();
  }
}

export function urlKind(uri: string): string {
  const path = uri.split("?")[0] ?? uri;
  if (path === "/") return "front";
  if (/^\/issues\/\d{4}-\d{2}-\d{2}\/\d+$/.test(path)) return "page";
  if (/^\/issues\/\d{4}-\d{2}-\d{2}$/.test(path)) return "issue";
  if (/^\/issues\/\d{4}-\d{2}$/.test(path)) return "month";
  if (path.startsWith("/articles/")) return "story";
  if (/\.xml$/.test(path)) return "xml";
  return "other";
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function summariseLog(lines: TLogLine[], slowMs: number): TLogSummary {
  const times = lines.map((line) => line.requestMs).sort((a, b) => a - b);
  const byStatus = new Map<string, number[]>();
  const slowByStatus = new Map<string, number>();
  const slowByUrlKind: Record<string, number> = {};
  const slowByTenth = Array.from({ length: 10 }, () => 0);
  const upstream: number[] = [];
  for (const line of lines) {
    const list = byStatus.get(line.cacheStatus);
    if (list) list.push(line.requestMs);
    else byStatus.set(line.cacheStatus, [line.requestMs]);
    if (line.upstreamMs !== null) upstream.push(line.upstreamMs);
    if (line.requestMs < slowMs) continue;
    slowByStatus.set(line.cacheStatus, (slowByStatus.get(line.cacheStatus) ?? 0) + 1);
    const kind = urlKind(line.uri);
    slowByUrlKind[kind] = (slowByUrlKind[kind] ?? 0) + 1;
    const tenth = Math.floor((line.atMs % 1000) / 100);
    slowByTenth[tenth] = (slowByTenth[tenth] ?? 0) + 1;
  }
  upstream.sort((a, b) => a - b);
  const byCacheStatus: TLogSummary["byCacheStatus"] = {};
  for (const [status, list] of byStatus) {
    list.sort((a, b) => a - b);
    byCacheStatus[status] = { requests: list.length, slow: slowByStatus.get(status) ?? 0, p99Ms: percentile(list, 99), maxMs: list.at(-1) ?? Number.NaN };
  }
  return {
    requests: lines.length,
    slowMs,
    slow: times.filter((time) => time >= slowMs).length,
    requestP99Ms: percentile(times, 99),
    requestMaxMs: times.at(-1) ?? Number.NaN,
    byCacheStatus,
    slowByUrlKind,
    slowByTenth,
    upstream: { requests: upstream.length, p50Ms: percentile(upstream, 50), maxMs: upstream.at(-1) ?? Number.NaN },
  };
}

export function formatLogSummary(summary: TLogSummary): string {
  const statuses = Object.entries(summary.byCacheStatus)
    .sort((a, b) => b[1].requests - a[1].requests)
    .map(([status, s]) => `${status} ${s.requests} (slow ${s.slow}, p99 ${s.p99Ms.toFixed(0)} ms, max ${s.maxMs.toFixed(0)} ms)`)
    .join("; ");
  return [
    `nginx log: ${summary.requests} requests, p99 ${summary.requestP99Ms.toFixed(0)} ms, max ${summary.requestMaxMs.toFixed(0)} ms; ${summary.slow} ≥ ${summary.slowMs} ms`,
    `      by cache status: ${statuses}`,
    `      to the app: ${summary.upstream.requests} (p50 ${summary.upstream.p50Ms.toFixed(0)} ms, max ${summary.upstream.maxMs.toFixed(0)} ms); slow by tenth of the second: ${summary.slowByTenth.join(" ")}; slow by URL: ${JSON.stringify(summary.slowByUrlKind)}`,
  ].join("\n");
}

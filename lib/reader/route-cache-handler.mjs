// Next's own file-system route cache (next.config.ts `cacheHandler`), except that it keeps only complete
// pages. A 404 or a redirect (a made-up id, slug or path) is rendered for each request and never stored,
// and storing one deletes the page its URL had (a withdrawn story, the old slug of a changed headline).
// So the cache holds at most one entry per real page, whatever URLs a crawler or an attacker invents.
// It is also bounded: past READER_CACHE_MAX_MB on disk, the pages, routes and data entries this process used
// least recently are deleted (route-cache-budget.mjs), and files an earlier run left are removed at start
// (route-cache-sweep.mjs). Next loads this file itself at run time, hence plain JavaScript; it extends
// Next's class (pinned version, see package.json) rather than re-implementing tags, expiry and the memory cache.
import { rm, utimes } from "node:fs/promises";
import path from "node:path";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { RENDER_TAGS_MARKER } from "./render-tags-marker.mjs";
import { CacheLedger, cacheBudget, DEFAULT_MAX_MB, entryBytes } from "./route-cache-budget.mjs";
import { sweepEarlierRuns } from "./route-cache-sweep.mjs";

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

/** Renders made at run time; what `next build` prerenders (the 404 page itself) lives elsewhere. */
const RUNTIME_RENDER_PREFIX = "/route-cache/APP_PAGE/";

/**
 * The entries the budget counts: renders and route bodies made at run time, and data entries (one per tagged
 * render, lib/reader/tag-render.ts). Build output (prerendered pages outside /route-cache/) is never counted
 * nor deleted.
 * @param {string} key
 * @param {unknown} kind
 */
function isBudgeted(key, kind) {
  if (kind === "FETCH") return true;
  return (kind === "APP_PAGE" || kind === "APP_ROUTE") && key.startsWith(`/route-cache/${kind}/`);
}

/** One ledger per build directory (its server folder), shared by the handler instances of the process. */
const ledgers = new Map();
/** The sweep of each build directory's files from earlier runs, started once per process. */
const sweeps = new Map();

/** @param {string} serverDistDir */
function ledgerFor(serverDistDir) {
  let ledger = ledgers.get(serverDistDir);
  if (!ledger) {
    const { bytes, problem } = cacheBudget();
    if (problem) console.error(`route cache: ${problem}; using ${DEFAULT_MAX_MB} MB`);
    ledger = new CacheLedger(bytes ?? DEFAULT_MAX_MB * 1024 * 1024);
    ledgers.set(serverDistDir, ledger);
  }
  return ledger;
}

/**
 * Starts removing, in the background, what runs before this process left in the route and data caches.
 * @param {string} serverDistDir
 */
function sweepOnce(serverDistDir) {
  if (sweeps.has(serverDistDir)) return;
  const dirs = [path.join(serverDistDir, "route-cache"), path.join(serverDistDir, "..", "cache", "fetch-cache")];
  const sweep = new Promise((resolve) => setImmediate(resolve))
    .then(() => sweepEarlierRuns(dirs, performance.timeOrigin))
    .then(
      (removed) => {
        if (removed.files > 0) console.error(`route cache: removed ${removed.files} files (${(removed.bytes / 1048576).toFixed(1)} MB) an earlier run left`);
        return removed;
      },
      (error) => {
        console.error(`route cache: could not remove what an earlier run left: ${error instanceof Error ? error.message : String(error)}`);
        return { files: 0, bytes: 0 };
      },
    );
  sweeps.set(serverDistDir, sweep);
}

/** @param {unknown} data */
function isIncompletePage(data) {
  if (!data || typeof data !== "object" || !("kind" in data)) return false;
  if (data.kind === "REDIRECT") return true;
  return data.kind === "APP_PAGE" && "status" in data && typeof data.status === "number" && data.status !== 200;
}

/**
 * A redirect rendered just now already carries its Location on the response, and Next 16 appends the
 * entry's copy again: two Location headers, which fetch() and other clients join into a broken URL.
 * The entry handed here is the one being served, so the copy is dropped from it.
 * @param {any} data
 */
function dropRepeatedLocation(data) {
  if (data.kind === "APP_PAGE" && data.status >= 300 && data.status < 400 && data.headers) delete data.headers.location;
}

/**
 * A page render as stored: without its per-segment prefetch data. Next splits every page it renders into
 * the payloads its client router prefetches segment by segment (`<Link>`), and would write them beside the
 * page (a copy of the whole RSC payload, the route tree, the head) and keep them in memory. Reader pages
 * link with plain anchors and are never prefetched that way, so these files were written on every render
 * and never read. A segment prefetch that still comes is answered with the page's RSC payload, as a
 * navigation is. Without them a render writes 3 files instead of 7 and no folders, takes ≈19 KB less on
 * disk (npm run bench:read, BENCHMARKS.md), and Next's memory cache holds no second copy of its RSC payload.
 * @param {any} data
 */
function withoutSegments(data) {
  return data && typeof data === "object" && data.kind === "APP_PAGE" && data.segmentData ? { ...data, segmentData: undefined } : data;
}

/**
 * When the render that is about to be stored under a key began: the first lookup that found nothing (or an
 * entry a notification had expired) since the key was last stored; else the last lookup that found an entry
 * (an old entry is re-rendered in the background after it is served). Shared by the handler instances of
 * the process, oldest lookups dropped first past a bound, so a crawl cannot grow it.
 * @type {Map<string, { at: number, missed: boolean }>}
 */
const lookups = new Map();
const MAX_REMEMBERED = 10_000;

/**
 * @param {string} key
 * @param {boolean} found
 */
function rememberLookup(key, found) {
  // A render may be running since an earlier lookup found nothing: keep that time.
  if (!found && lookups.get(key)?.missed) return;
  lookups.delete(key);
  lookups.set(key, { at: Date.now(), missed: !found });
  for (const oldest of lookups.keys()) {
    if (lookups.size <= MAX_REMEMBERED) break;
    lookups.delete(oldest);
  }
}

/**
 * Where an entry's time is kept on disk: Next reads a page's, a route's or a data entry's age from its file.
 * @param {string} key
 * @param {unknown} data
 */
function primaryFile(key, data) {
  const kind = data && typeof data === "object" && "kind" in data ? data.kind : null;
  if (kind === "APP_PAGE") return { name: `${key}.html`, kind: "APP_PAGE" };
  if (kind === "APP_ROUTE") return { name: `${key}.body`, kind: "APP_ROUTE" };
  if (kind === "FETCH") return { name: key, kind: "FETCH" };
  return null;
}

/**
 * The data entry a render makes only to carry its cache tags (lib/reader/tag-render.ts): Next has collected
 * the tags when it asks, so it is neither read nor stored.
 * @param {unknown} kind
 * @param {any} ctx
 */
function isTagCarrier(kind, ctx) {
  return kind === "FETCH" && Array.isArray(ctx?.tags) && ctx.tags.includes(RENDER_TAGS_MARKER);
}

export default class ReaderRouteCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    this.ledger = ledgerFor(this.serverDistDir);
    // Not while building: its workers start one after another and would delete each other's output.
    if (this.flushToDisk && process.env.NEXT_PHASE !== "phase-production-build") sweepOnce(this.serverDistDir);
  }

  /**
   * The background removal of earlier runs' files in this build directory, once it has started.
   * @param {string} serverDistDir
   */
  static earlierRunSwept(serverDistDir) {
    return sweeps.get(serverDistDir);
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    if (isTagCarrier(ctx?.kind, ctx)) return null;
    const data = await super.get(key, ctx);
    rememberLookup(key, data !== null && data !== undefined);
    // A read keeps an entry; one this process has not counted yet (another instance's) is counted now.
    if (data?.value && this.flushToDisk && isBudgeted(key, ctx?.kind))
      this.ledger.touch(key, ctx.kind, this.ledger.has(key) ? undefined : entryBytes(data.value));
    return data;
  }

  /**
   * An entry is dated from when its render began, not from when it is stored. A render that started before
   * a publish or an unpublish read the old data; dated from its end, it would outlive that change's
   * notification (which Next compares with an entry's date) and be served until the next one or the
   * one-minute safety net. Dated from its start, the next request renders the page again.
   * @param {string} key
   * @param {unknown} data
   * @param {unknown} ctx
   */
  async set(key, data, ctx) {
    if (isTagCarrier(data && typeof data === "object" && "kind" in data ? data.kind : null, ctx)) return;
    const startedAt = lookups.get(key)?.at;
    lookups.delete(key);
    if (key.startsWith(RUNTIME_RENDER_PREFIX) && isIncompletePage(data)) {
      dropRepeatedLocation(data);
      await this.forget(key);
      return;
    }
    const stored = key.startsWith(RUNTIME_RENDER_PREFIX) ? withoutSegments(data) : data;
    await super.set(key, stored, ctx);
    if (startedAt !== undefined) await this.backdate(key, data, startedAt);
    const kind = data && typeof data === "object" && "kind" in data ? data.kind : null;
    if (this.flushToDisk && isBudgeted(key, kind)) {
      this.ledger.touch(key, kind, entryBytes(stored));
      const evicted = this.ledger.takeOverflow(key);
      await Promise.all(evicted.map((entry) => this.forget(entry.key, entry.kind)));
    }
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {number} at
   */
  async backdate(key, data, at) {
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry && typeof entry.lastModified === "number" && entry.lastModified > at) entry.lastModified = at;
    const file = primaryFile(key, data);
    // Without flushToDisk nothing was written; a write that failed has nothing to date either.
    if (!file || !this.flushToDisk) return;
    await utimes(this.getFilePath(file.name, file.kind), at / 1000, at / 1000).catch(() => {});
  }

  /**
   * Deletes an entry from memory and disk; the next request renders it again.
   * @param {string} key
   * @param {string} [kind]
   */
  async forget(key, kind = "APP_PAGE") {
    FileSystemCache.memoryCache?.remove(key);
    this.ledger.drop(key);
    if (kind === "FETCH") return rm(this.getFilePath(key, "FETCH"), { force: true });
    const primary = kind === "APP_ROUTE" ? ".body" : ".html";
    const base = this.getFilePath(`${key}${primary}`, kind).slice(0, -primary.length);
    const files = kind === "APP_ROUTE" ? [".body", ".meta"] : [".html", ".rsc", ".meta", ".segments"];
    await Promise.all(files.map((suffix) => rm(base + suffix, { recursive: true, force: true })));
  }
}

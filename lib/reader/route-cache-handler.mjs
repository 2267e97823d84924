// Next's own file-system route cache (next.config.ts `cacheHandler`), except that it keeps only complete
// pages. A 404 or a redirect (a made-up id, slug or path) is rendered for each request and never stored,
// and storing one deletes the page its URL had (a withdrawn story, the old slug of a changed headline).
// So the cache holds at most one entry per real page, whatever URLs a crawler or an attacker invents.
// Next loads this file itself at run time, hence plain JavaScript; it extends Next's class (pinned
// version, see package.json) rather than re-implementing tags, expiry and the memory cache.
import { rm, utimes } from "node:fs/promises";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

/** Renders made at run time; what `next build` prerenders (the 404 page itself) lives elsewhere. */
const RUNTIME_RENDER_PREFIX = "/route-cache/APP_PAGE/";

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

export default class ReaderRouteCache extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    rememberLookup(key, data !== null && data !== undefined);
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
    const startedAt = lookups.get(key)?.at;
    lookups.delete(key);
    if (key.startsWith(RUNTIME_RENDER_PREFIX) && isIncompletePage(data)) {
      dropRepeatedLocation(data);
      await this.forget(key);
      return;
    }
    await super.set(key, data, ctx);
    if (startedAt !== undefined) await this.backdate(key, data, startedAt);
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

  /** @param {string} key */
  async forget(key) {
    FileSystemCache.memoryCache?.remove(key);
    const base = this.getFilePath(`${key}.html`, "APP_PAGE").slice(0, -".html".length);
    await Promise.all([".html", ".rsc", ".meta", ".segments"].map((suffix) => rm(base + suffix, { recursive: true, force: true })));
  }
}

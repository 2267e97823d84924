// Next's own file-system route cache (next.config.ts `cacheHandler`), except that it keeps only complete
// pages. A 404 or a redirect (a made-up id, slug or path) is rendered for each request and never stored,
// and storing one deletes the page its URL had (a withdrawn story, the old slug of a changed headline).
// So the cache holds at most one entry per real page, whatever URLs a crawler or an attacker invents.
// Next loads this file itself at run time, hence plain JavaScript; it extends Next's class (pinned
// version, see package.json) rather than re-implementing tags, expiry and the memory cache.
import { rm } from "node:fs/promises";
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

export default class ReaderRouteCache extends FileSystemCache {
  /**
   * @param {string} key
   * @param {unknown} data
   * @param {unknown} ctx
   */
  async set(key, data, ctx) {
    if (key.startsWith(RUNTIME_RENDER_PREFIX) && isIncompletePage(data)) {
      dropRepeatedLocation(data);
      await this.forget(key);
      return;
    }
    return super.set(key, data, ctx);
  }

  /** @param {string} key */
  async forget(key) {
    FileSystemCache.memoryCache?.remove(key);
    const base = this.getFilePath(`${key}.html`, "APP_PAGE").slice(0, -".html".length);
    await Promise.all([".html", ".rsc", ".meta", ".segments"].map((suffix) => rm(base + suffix, { recursive: true, force: true })));
  }
}

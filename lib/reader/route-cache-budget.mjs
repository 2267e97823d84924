// The route cache's byte budget on disk (READER_CACHE_MAX_MB): how much each entry takes, and which
// entries this process wrote or read, least recently used first, so the handler can forget the oldest once
// the sum passes the budget. Each process counts its own: instances sharing one directory may together use
// their budgets added up. Plain JavaScript: Next loads the handler (route-cache-handler.mjs) itself.

export const DEFAULT_MAX_MB = 512;
/** Below this a handful of pages would fill the cache; above it the setting is surely a typo. */
const MIN_MB = 1;
const MAX_MB = 1_048_576;

/**
 * The budget in bytes from READER_CACHE_MAX_MB (whole megabytes), or why the value is refused.
 * @param {Record<string, string | undefined>} env
 * @returns {{ bytes: number, problem: null } | { bytes: null, problem: string }}
 */
export function cacheBudget(env = process.env) {
  const raw = env.READER_CACHE_MAX_MB?.trim();
  if (raw === undefined || raw === "") return { bytes: DEFAULT_MAX_MB * 1024 * 1024, problem: null };
  const mb = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(mb) || mb < MIN_MB || mb > MAX_MB)
    return { bytes: null, problem: `READER_CACHE_MAX_MB must be a whole number of megabytes from ${MIN_MB} to ${MAX_MB}, not "${raw}"` };
  return { bytes: mb * 1024 * 1024, problem: null };
}

/** A file takes whole blocks on disk, as `du` counts it; the metadata file of an entry is one. */
const BLOCK = 4096;
/** @param {number} bytes */
const blocks = (bytes) => Math.max(1, Math.ceil(bytes / BLOCK)) * BLOCK;
/** @param {unknown} buffer */
const lengthOf = (buffer) => (buffer && typeof buffer === "object" && "length" in buffer && typeof buffer.length === "number" ? buffer.length : 0);

/**
 * Bytes an entry takes on disk, from what Next writes for it (file-system-cache.js `set`): a page's HTML,
 * RSC payload, metadata and segments; a route's body and metadata; a data entry's JSON.
 * @param {any} data
 */
export function entryBytes(data) {
  if (!data || typeof data !== "object") return 0;
  if (data.kind === "APP_PAGE" || data.kind === "PAGES") {
    let bytes = blocks(Buffer.byteLength(data.html ?? "")) + blocks(lengthOf(data.rscData)) + BLOCK;
    if (!(data.segmentData instanceof Map) || data.segmentData.size === 0) return bytes;
    // The segments' own directory and each folder in their paths (/todo-remove-fake-segment/__PAGE__) take a block.
    const folders = new Set([""]);
    for (const [segmentPath, segment] of data.segmentData) {
      bytes += blocks(lengthOf(segment));
      folders.add(String(segmentPath).split("/").slice(0, -1).join("/"));
    }
    return bytes + folders.size * BLOCK;
  }
  if (data.kind === "APP_ROUTE") return blocks(lengthOf(data.body)) + BLOCK;
  if (data.kind === "FETCH") return blocks(JSON.stringify(data.data ?? "").length + 512);
  return 0;
}

/** Entries this process stored or read, least recently used first, with their size on disk. */
export class CacheLedger {
  /** @param {number} budget bytes */
  constructor(budget) {
    this.budget = budget;
    this.total = 0;
    /** @type {Map<string, { bytes: number, kind: string }>} Map keeps insertion order: the first is the oldest. */
    this.entries = new Map();
  }

  /**
   * Records a use of `key` (stored or read now), taking `bytes` when given, else its last known size.
   * @param {string} key
   * @param {string} kind
   * @param {number | undefined} bytes
   */
  touch(key, kind, bytes) {
    const known = this.entries.get(key);
    const size = bytes ?? known?.bytes ?? 0;
    if (known) {
      this.total -= known.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { bytes: size, kind });
    this.total += size;
  }

  /** @param {string} key */
  has(key) {
    return this.entries.has(key);
  }

  /** @param {string} key */
  drop(key) {
    const known = this.entries.get(key);
    if (!known) return;
    this.total -= known.bytes;
    this.entries.delete(key);
  }

  /**
   * Takes the least recently used entries off the ledger until the rest fits the budget, `keep` excepted
   * (the entry just stored, even if it alone is larger), and returns them for the caller to delete.
   * @param {string} keep
   * @returns {Array<{ key: string, kind: string }>}
   */
  takeOverflow(keep) {
    /** @type {Array<{ key: string, kind: string }>} */
    const evicted = [];
    for (const [key, entry] of this.entries) {
      if (this.total <= this.budget) break;
      if (key === keep) continue;
      this.drop(key);
      evicted.push({ key, kind: entry.kind });
    }
    return evicted;
  }
}

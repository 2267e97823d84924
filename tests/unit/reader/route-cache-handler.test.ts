// The route cache dates an entry from when its render began: a render that read the database before a
// publish or an unpublish, and is stored after that change's notification, is not served as fresh. And it
// stays within its byte budget on disk.
// Runs Next's own file-system cache (the class our handler extends) on a temporary directory.
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RENDER_TAGS_MARKER } from "@/lib/reader/render-tags-marker.mjs";
import { cacheBudget, entryBytes } from "@/lib/reader/route-cache-budget.mjs";
import ReaderRouteCache from "@/lib/reader/route-cache-handler.mjs";

let KEY = "";
const PAGE_CTX = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const STORE_CTX = { cacheControl: { revalidate: 60, expire: 3600 } };

function page(html: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": "article:1,latest" },
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "route-cache-"));
  // A key of its own per test: the handler remembers lookups per key for the whole process.
  KEY = `/route-cache/APP_PAGE/test/${path.basename(dir)}/articles/1`;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Memory first off, then on: the entry's date is read from its file, then from the memory store.
describe.each([
  ["read from disk", 0],
  ["read from memory", 10_000_000],
])("an entry %s", (_label, maxMemoryCacheSize) => {
  const create = (Handler: typeof ReaderRouteCache) =>
    new Handler({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, revalidatedTags: [], maxMemoryCacheSize, dev: false });

  it("rendered across an invalidation of its tags is expired; the next render is fresh", async () => {
    const cache = create(ReaderRouteCache);
    expect(await cache.get(KEY, PAGE_CTX)).toBeNull(); // a request finds nothing and renders the old story
    await pause();
    await cache.revalidateTag(["article:1"], { expire: 0 }); // the unpublish's notification
    await pause();
    await cache.set(KEY, page("<p>旧版本</p>"), STORE_CTX); // the render that began before it ends now
    expect(await cache.get(KEY, PAGE_CTX)).toBeNull();
    await pause();
    await cache.set(KEY, page("<p>新版本</p>"), STORE_CTX);
    expect((await cache.get(KEY, PAGE_CTX))?.value?.html).toBe("<p>新版本</p>");
  });

  it("read before an invalidation does not date the render after it: one render, fresh", async () => {
    const cache = create(ReaderRouteCache);
    expect(await cache.get(KEY, PAGE_CTX)).toBeNull();
    await cache.set(KEY, page("<p>旧版本</p>"), STORE_CTX);
    expect((await cache.get(KEY, PAGE_CTX))?.value?.html).toBe("<p>旧版本</p>"); // readers served from cache
    await pause();
    await cache.revalidateTag(["article:1"], { expire: 0 });
    await pause();
    expect(await cache.get(KEY, PAGE_CTX)).toBeNull();
    await cache.set(KEY, page("<p>新版本</p>"), STORE_CTX);
    expect((await cache.get(KEY, PAGE_CTX))?.value?.html).toBe("<p>新版本</p>");
  });

  it("rendered after the invalidation is fresh", async () => {
    const cache = create(ReaderRouteCache);
    await cache.revalidateTag(["article:1"], { expire: 0 });
    await pause();
    expect(await cache.get(KEY, PAGE_CTX)).toBeNull();
    await cache.set(KEY, page("<p>新版本</p>"), STORE_CTX);
    expect((await cache.get(KEY, PAGE_CTX))?.value?.html).toBe("<p>新版本</p>");
  });
});

// The cache on disk is bounded (READER_CACHE_MAX_MB): past the budget, the entries used least recently are
// deleted from disk and memory, whatever number of distinct pages readers (or a crawler) ask for.
describe("the route cache's budget on disk", () => {
  const PAGE_KB = 300;
  let root: string;
  let serverDir: string;
  const keyOf = (n: number) => `/route-cache/APP_PAGE/test/${path.basename(root)}/$/articles/${n}`;
  const bigPage = (n: number) => page(`<p>${n}</p>${"x".repeat(PAGE_KB * 1024)}`);
  const create = () =>
    new ReaderRouteCache({ fs: nodeFs, flushToDisk: true, serverDistDir: serverDir, revalidatedTags: [], maxMemoryCacheSize: 0, dev: false });

  async function bytesOnDisk(dir: string): Promise<number> {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    let bytes = 0;
    for (const entry of entries) if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    return bytes;
  }

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "route-cache-budget-"));
    serverDir = path.join(root, "server");
    // Read once per build directory, when its first handler is made.
    process.env.READER_CACHE_MAX_MB = "1";
  });
  afterEach(async () => {
    delete process.env.READER_CACHE_MAX_MB;
    await rm(root, { recursive: true, force: true });
  });

  it("keeps the pages stored within the budget, deleting the oldest from disk", async () => {
    const cache = create();
    for (let n = 1; n <= 12; n += 1) await cache.set(keyOf(n), bigPage(n), STORE_CTX);
    // Twelve pages of 300 KB would take 3.6 MB; the budget is 1 MB.
    expect(await bytesOnDisk(path.join(serverDir, "route-cache"))).toBeLessThanOrEqual(1024 * 1024);
    expect(await cache.get(keyOf(1), PAGE_CTX)).toBeNull();
    expect(await cache.get(keyOf(9), PAGE_CTX)).toBeNull();
    expect((await cache.get(keyOf(12), PAGE_CTX))?.value?.html).toContain("<p>12</p>");
    expect((await cache.get(keyOf(11), PAGE_CTX))?.value?.html).toContain("<p>11</p>");
  });

  it("deletes the page read least recently, not the one stored first", async () => {
    const cache = create();
    for (let n = 1; n <= 3; n += 1) await cache.set(keyOf(n), bigPage(n), STORE_CTX);
    expect((await cache.get(keyOf(1), PAGE_CTX))?.value?.html).toContain("<p>1</p>"); // a reader asks for page 1 again
    await cache.set(keyOf(4), bigPage(4), STORE_CTX);
    expect(await cache.get(keyOf(2), PAGE_CTX)).toBeNull();
    expect((await cache.get(keyOf(1), PAGE_CTX))?.value?.html).toContain("<p>1</p>");
    expect((await cache.get(keyOf(4), PAGE_CTX))?.value?.html).toContain("<p>4</p>");
  });

  it("stores a page render without its per-segment prefetch data: the page, its RSC payload and metadata only", async () => {
    const cache = create();
    const segments = new Map([
      ["/_tree", Buffer.from("tree")],
      ["/_full", Buffer.from("rsc")],
      ["/todo-remove-fake-segment/__PAGE__", Buffer.alloc(0)],
    ]);
    await cache.set(keyOf(1), { ...page("<p>报道</p>"), segmentData: segments }, STORE_CTX);
    const files = (await readdir(path.join(serverDir, "route-cache"), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name).sort()).toEqual(["1.html", "1.meta", "1.rsc"]);
    const stored = await cache.get(keyOf(1), PAGE_CTX);
    expect(stored?.value).toMatchObject({ html: "<p>报道</p>", segmentData: undefined });
    expect(String((stored?.value as { rscData?: Buffer } | undefined)?.rscData)).toBe("rsc");
  });

  it("counts the data entries of tagged renders too", async () => {
    const cache = create();
    const dataCtx = { fetchCache: true, tags: ["reader"] };
    // One small data entry per render (lib/reader/tag-render.ts); each takes at least a block on disk.
    for (let n = 1; n <= 400; n += 1)
      await cache.set(`tags-${n}`, { kind: "FETCH", data: { headers: {}, body: "dHJ1ZQ==", status: 200, url: "" }, revalidate: 60 }, dataCtx);
    expect((await readdir(path.join(root, "cache", "fetch-cache"))).length).toBeLessThanOrEqual(256);
  });

  it("never stores nor reads the data entry that only carries a render's tags, and keeps other data entries", async () => {
    const cache = create();
    const entry = { kind: "FETCH", data: { headers: {}, body: "dHJ1ZQ==", status: 200, url: "" }, revalidate: 60 };
    const carrier = { fetchCache: true, tags: ["reader", "story:1", RENDER_TAGS_MARKER] };
    await cache.set("carrier", entry, carrier);
    expect(await readdir(path.join(root, "cache", "fetch-cache")).catch(() => [])).toEqual([]);
    expect(await cache.get("carrier", { kind: "FETCH", tags: carrier.tags })).toBeNull();
    const data = { fetchCache: true, tags: ["reader-list-index"] };
    await cache.set("list-index", entry, data);
    expect(await readdir(path.join(root, "cache", "fetch-cache"))).toHaveLength(1);
    expect((await cache.get("list-index", { kind: "FETCH", tags: data.tags }))?.value).toMatchObject({ kind: "FETCH" });
  });

  it("removes at start, without waiting for it, what an earlier run left, and nothing stored since", async () => {
    const old = [path.join(serverDir, "route-cache", "APP_PAGE", "abc", "$", "articles", "7.html"), path.join(root, "cache", "fetch-cache", "0123abcd")];
    for (const file of old) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, "旧的");
      const lastRun = new Date(performance.timeOrigin - 60_000);
      await utimes(file, lastRun, lastRun);
    }
    const cache = create();
    await cache.set(keyOf(1), page("<p>新的</p>"), STORE_CTX);
    expect(await ReaderRouteCache.earlierRunSwept(serverDir)).toEqual({ files: 2, bytes: expect.any(Number) });
    for (const file of old) await expect(stat(file)).rejects.toThrow();
    expect((await cache.get(keyOf(1), PAGE_CTX))?.value?.html).toBe("<p>新的</p>");
  });
});

describe("an entry's size on disk", () => {
  it("counts whole blocks for the HTML, the RSC payload, the metadata, each segment and the segments' folders", () => {
    const segments = new Map([
      ["/_tree", Buffer.alloc(100)],
      ["/_full", Buffer.alloc(5000)],
      ["/todo-remove-fake-segment/__PAGE__", Buffer.alloc(10)],
    ]);
    // html 2 blocks (a Chinese character is 3 bytes), rsc 1, meta 1, segments 1 + 2 + 1, folders 2.
    expect(entryBytes({ ...page("中".repeat(2000)), segmentData: segments })).toBe(10 * 4096);
  });
});

describe("READER_CACHE_MAX_MB", () => {
  it("defaults to 512 MB and takes whole megabytes", () => {
    expect(cacheBudget({})).toEqual({ bytes: 512 * 1024 * 1024, problem: null });
    expect(cacheBudget({ READER_CACHE_MAX_MB: " 64 " })).toEqual({ bytes: 64 * 1024 * 1024, problem: null });
  });

  it.each(["0", "-5", "1.5", "512MB", "lots", "99999999"])("refuses %s", (value) => {
    expect(cacheBudget({ READER_CACHE_MAX_MB: value }).problem).toContain("READER_CACHE_MAX_MB");
  });
});

// The route cache dates an entry from when its render began: a render that read the database before a
// publish or an unpublish, and is stored after that change's notification, is not served as fresh.
// Runs Next's own file-system cache (the class our handler extends) on a temporary directory.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

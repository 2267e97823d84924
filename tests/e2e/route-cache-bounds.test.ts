// Next's route cache on disk holds what real content needs, whatever URLs a crawler or an attacker
// makes up: a wrong slug redirects (308) to the canonical URL, a missing story, page, issue or junk path
// is a 404, and neither is stored (lib/reader/route-cache-handler.mjs). 10,000 made-up URLs, asked of
// the production server directly (localhost only, a bounded loop), leave the cache as it was.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

const baseUrl = () => inject("baseUrl");
/** The e2e server runs the build in .next (tests/e2e/global-setup.ts). */
const CACHE_DIRS = [".next/server/route-cache", ".next/cache/fetch-cache"].map((dir) => path.join(process.cwd(), dir));
const JUNK_URLS = 10_000;
const CONCURRENCY = 8;

async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function cacheSize(): Promise<{ files: number; bytes: number }> {
  const sizes = await Promise.all(CACHE_DIRS.map(sizeOf));
  return sizes.reduce((sum, size) => ({ files: sum.files + size.files, bytes: sum.bytes + size.bytes }), { files: 0, bytes: 0 });
}

/** The made-up URL number `i`, and what the app must answer. */
function junk(i: number, story: { id: number; canonical: string }): { url: string; status: number; location?: string } {
  const day = String(1 + (i % 28)).padStart(2, "0");
  switch (i % 8) {
    case 0:
      return { url: `/articles/${story.id}-made-up-slug-${i}`, status: 308, location: story.canonical };
    case 1:
      return { url: `/articles/${story.id}-${encodeURIComponent(`编造的标题${i}`)}`, status: 308, location: story.canonical };
    case 2:
      return { url: `/articles/${1_000_000 + i}`, status: 404 };
    case 3:
      return { url: `/articles/${2_000_000 + i}-${encodeURIComponent("不存在的稿件")}`, status: 404 };
    case 4:
      return { url: `/no-such-page-${i}/${i}`, status: 404 };
    case 5:
      return { url: `/issues/${1950 + (i % 50)}-0${1 + (i % 9)}-${day}`, status: 404 };
    case 6:
      return { url: `/issues/2025-12-20/${100 + (i % 900)}`, status: 404 };
    default:
      return {
        url: Math.floor(i / 8) % 2 ? `/bylines/${3_000_000 + i}` : `/columns/${encodeURIComponent(`没有的栏目${i}`)}/${2 + (i % 50)}`,
        status: 404,
      };
  }
}

describe("Next's route cache", () => {
  it("is not grown by 10,000 made-up URLs", { timeout: 900_000 }, async () => {
    const front = await (await fetch(new URL("/", baseUrl()))).text();
    const href = /href="(\/articles\/(\d+)-[^"]+)"/.exec(front);
    if (!href?.[1] || !href[2]) throw new Error("no story link on the front page");
    const story = { id: Number(href[2]), canonical: href[1] };
    // What real content stores, stored before measuring: the story at both its URLs, its page and issue.
    for (const url of [story.canonical, `/articles/${story.id}`, "/issues/2025-12-20/1", "/issues/2025-12-20", "/issues/2025-12"]) {
      expect((await fetch(new URL(url, baseUrl()))).status, url).toBe(200);
    }
    const before = await cacheSize();

    const answers = new Map<string, number>();
    const wrong: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < JUNK_URLS; i = next++) {
        const expected = junk(i, story);
        const response = await fetch(new URL(expected.url, baseUrl()), { redirect: "manual" });
        await response.arrayBuffer();
        const key = `${response.status}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
        const location = response.headers.get("location");
        if (response.status !== expected.status || (expected.location !== undefined && location !== expected.location)) {
          if (wrong.length < 10) wrong.push(`${expected.url} → ${response.status} ${location ?? ""}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(wrong).toEqual([]);
    expect(Object.fromEntries(answers)).toEqual({ "308": JUNK_URLS / 4, "404": (JUNK_URLS * 3) / 4 });

    const after = await cacheSize();
    // A page refreshed meanwhile may be rewritten with a few bytes more or less; nothing new is stored.
    expect(after.files - before.files).toBeLessThanOrEqual(2);
    expect(Math.abs(after.bytes - before.bytes)).toBeLessThan(64 * 1024);
    // The canonical page still works, from the cache.
    const canonical = await fetch(new URL(story.canonical, baseUrl()));
    expect(canonical.status).toBe(200);
    expect(canonical.headers.get("x-nextjs-cache")).toMatch(/^(HIT|STALE)$/);
  });
});

// The production setup: the nginx micro-cache from deploy/nginx in front of the app. Readers are served
// from it; the newsroom and signed-in editors never are; a publish or an unpublish committed in the
// database is pushed into it by the app's refresh requests instead of waiting for the entry to expire.
// A query string makes no copy of its own (a withdrawn story is gone at every URL), and the refresh
// server stores only the plain reader page, whatever a request to it carries.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { readerPaths } from "@/lib/reader-change/urls";
import { publishCurrentVersion } from "../helpers/factories";
import { FROM_CACHE } from "../helpers/nginx";
import { page, story } from "../helpers/pages";

process.env.DATABASE_URL = inject("e2eDatabaseUrl");
const cached = () => inject("cachedUrl");

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, cached()), { headers, redirect: "manual" });
  return { status: response.status, text: await response.text(), cache: response.headers.get("x-cache-status"), headers: response.headers };
}

/** Refresh requests the app sent to nginx since `from` lines: `<status> <uri>`. */
async function refreshesSince(from: number): Promise<string[]> {
  const lines = (await readFile(inject("cacheRefreshLog"), "utf8").catch(() => "")).split("\n").filter(Boolean);
  return lines.slice(from).map((line) => line.split(" ").slice(-2).join(" "));
}

async function refreshLogLength(): Promise<number> {
  return (await refreshesSince(0)).length;
}

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const HEADLINE = "夜班编辑刚刚签发的消息";
let articleId = 0;
let storyPath = "";
beforeAll(async () => {
  const imported = await importPage(
    page(story({ headline: HEADLINE })),
    { issueDate: "2025-12-20", pageNumber: 7, pageName: "夜班", publish: false },
    SYSTEM_IMPORT,
  );
  articleId = imported.articles[0]?.id ?? 0;
  storyPath = readerPaths.article(articleId, HEADLINE);
});

describe("the micro-cache in front of the app", () => {
  it("serves reader pages from cache, compressed for clients that ask, and keeps the newsroom out of it", async () => {
    await get("/issues/2025-12-20/1");
    const hit = await get("/issues/2025-12-20/1");
    expect(hit.status).toBe(200);
    expect(hit.cache).toMatch(FROM_CACHE);
    expect(hit.text).toContain("市委理论学习中心组举行扩大学习会");
    const gzip = await fetch(new URL("/issues/2025-12-20/1", cached()), { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gzip.headers.get("x-cache-status")).toMatch(FROM_CACHE);

    const signIn = await get("/newsroom/sign-in");
    expect(signIn.status).toBe(200);
    expect(signIn.cache).toBeNull();
    // The app sees the host readers and editors use, port included, so its redirects stay on it.
    const newsroom = await get("/newsroom");
    expect(newsroom.status).toBe(307);
    expect(new URL(newsroom.headers.get("location") ?? "", cached()).origin).toBe(cached());
    // A signed-in editor's request goes to the app and is not stored.
    const withSession = await get("/issues/2025-12-20/1", { cookie: "authjs.session-token=anything" });
    expect(withSession.cache).toBe("BYPASS");
    expect((await get("/internal/reader-cache")).status).toBe(404);
  });

  it("keys a reader page on its path alone, so a withdrawn story is gone at every URL at once", async () => {
    const headline = "读者转发时带参数的稿件";
    const imported = await importPage(page(story({ headline })), { issueDate: "2025-12-20", pageNumber: 8, pageName: "转发", publish: false }, SYSTEM_IMPORT);
    const id = imported.articles[0]?.id ?? 0;
    const path = readerPaths.article(id, headline);
    let from = await refreshLogLength();
    await getDb().$transaction((tx) => publishCurrentVersion(tx, id));
    await until(
      "the refresh of the story, down to the last sitemap",
      () => refreshesSince(from),
      (lines) => [`200 ${path}`, "200 /news-sitemap.xml"].every((line) => lines.includes(line)),
    );
    // Shared links carry tracking parameters; each is the page the refresh just stored, not a copy of its own.
    const shared = [`${path}?v=1`, `${path}?utm_source=wechat&from=singlemessage&isappinstalled=0`, `${path}?`];
    for (const url of shared) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.text, url).toContain(headline);
      expect(response.cache, url).toMatch(FROM_CACHE);
    }

    from = await refreshLogLength();
    await unpublishArticle(SYSTEM_IMPORT, { articleId: id });
    await until(
      "the refresh after the unpublish, down to the last sitemap",
      () => refreshesSince(from),
      (lines) => [`404 ${path}`, "200 /news-sitemap.xml"].every((line) => lines.includes(line)),
    );
    for (const url of [...shared, `${path}?v=2`]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.text, url).not.toContain(headline);
    }
  });

  it("refreshes only the plain reader page, whatever the request to the refresh server carries", async () => {
    const target = "/issues/2025-12-20/1";
    const refresh = (path: string, init: RequestInit = {}) => fetch(new URL(path, inject("cacheRefreshUrl")), { redirect: "manual", ...init });
    const clientHeaders: Array<Record<string, string>> = [
      { rsc: "1" },
      { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
      { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true])) },
      { "accept-encoding": "gzip", cookie: "authjs.session-token=anything", range: "bytes=0-10" },
    ];
    for (const headers of clientHeaders) {
      const refreshed = await refresh(`${target}?_rsc=abc`, { headers });
      await refreshed.arrayBuffer();
      expect(refreshed.status, JSON.stringify(headers)).toBe(200);
      // What readers then get from the cache is the page itself: not a redirect, not a navigation payload,
      // not a compressed body they did not ask for.
      const reader = await get(target, { "accept-encoding": "identity" });
      expect(reader.status, JSON.stringify(headers)).toBe(200);
      expect(reader.cache, JSON.stringify(headers)).toMatch(FROM_CACHE);
      expect(reader.headers.get("content-type"), JSON.stringify(headers)).toContain("text/html");
      expect(reader.headers.get("content-encoding"), JSON.stringify(headers)).toBeNull();
      expect(reader.text, JSON.stringify(headers)).toMatch(/^<!DOCTYPE html>/i);
      expect(reader.text, JSON.stringify(headers)).toContain("市委理论学习中心组举行扩大学习会");
    }
    expect((await refresh(target, { method: "POST", body: "{}" })).status).toBe(403);
    for (const path of ["/newsroom", "/api/newsroom/articles", "/internal/reader-cache"]) expect((await refresh(path)).status, path).toBe(404);
  });

  it("shows a publish and an unpublish through the cache once the app has refreshed the changed URLs", async () => {
    const pagePath = readerPaths.page("2025-12-20", 7);
    await get(pagePath);
    await get(storyPath);
    const before = await get(pagePath);
    expect(before.cache).toMatch(FROM_CACHE);
    expect(before.text).not.toContain(HEADLINE);
    expect((await get(storyPath)).status).toBe(404);

    let from = await refreshLogLength();
    await getDb().$transaction((tx) => publishCurrentVersion(tx, articleId));
    // Everything a reader of the change opens, down to the feed and sitemaps, which come last (and must
    // not be mistaken below for the refreshes the unpublish causes).
    const expected = [
      ...[storyPath, pagePath, "/issues/2025-12-20", "/", `/articles/${articleId}`],
      ...["/feed.xml", "/sitemap.xml", "/sitemaps/2025-12.xml", "/news-sitemap.xml"],
    ].map((path) => `200 ${path}`);
    await until(
      "the refresh of the story's URLs",
      () => refreshesSince(from),
      (lines) => expected.every((line) => lines.includes(line)),
    );
    // Readers now get the new version from the cache itself, not from an expired entry's refetch.
    const pageAfter = await get(pagePath);
    expect(pageAfter.text).toContain(HEADLINE);
    expect(pageAfter.cache).toMatch(FROM_CACHE);
    const storyAfter = await get(storyPath);
    expect(storyAfter.status).toBe(200);
    expect(storyAfter.text).toContain(HEADLINE);

    from = await refreshLogLength();
    await unpublishArticle(SYSTEM_IMPORT, { articleId });
    await until(
      "the refresh after the unpublish",
      () => refreshesSince(from),
      (lines) => [`404 ${storyPath}`, `200 ${pagePath}`, "200 /feed.xml"].every((line) => lines.includes(line)),
    );
    const withdrawn = await get(storyPath);
    expect(withdrawn.status).toBe(404);
    expect(withdrawn.cache).toMatch(FROM_CACHE);
    expect((await get(pagePath)).text).not.toContain(HEADLINE);
    expect((await get("/feed.xml")).text).not.toContain(HEADLINE);
  });
});

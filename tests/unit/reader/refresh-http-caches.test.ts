// Refresh requests reach every configured cache for every changed URL; a cache that fails is reported,
// not retried forever; a bad READER_CACHE_REFRESH_ORIGINS stops the app with a message.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpCacheRefreshOrigins, inRefreshOrder, refreshHttpCaches } from "@/lib/reader/refresh-http-caches";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function cache(answer: (url: string) => number): Promise<{ origin: string; seen: string[] }> {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(answer(request.url ?? ""), { "content-type": "text/html" });
    response.end("<p>页面</p>");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe("refreshHttpCaches", () => {
  it("asks every cache for every path and reports the ones that failed", async () => {
    const first = await cache(() => 200);
    const second = await cache((url) => (url.startsWith("/issues") ? 502 : 404));
    const paths = ["/", "/issues/2025-12-20/1", "/articles/5-%E5%AE%B6"];
    const outcome = await refreshHttpCaches([first.origin, second.origin], paths);
    expect(first.seen.sort()).toEqual(paths.map((path) => `GET ${path}`).sort());
    expect(second.seen.sort()).toEqual(paths.map((path) => `GET ${path}`).sort());
    // A 404 is a refresh too (a withdrawn story); a 5xx is not stored by the cache.
    expect(outcome.refreshed).toBe(5);
    expect(outcome.failed).toEqual([{ url: `${second.origin}/issues/2025-12-20/1`, reason: "status 502" }]);
  });

  it("never leaves the cache's own origin", async () => {
    const own = await cache(() => 200);
    const outcome = await refreshHttpCaches([own.origin], ["//evil.example/x", "/\\evil.example/y", "/issues/2025-12-20"]);
    expect(own.seen).toEqual(["GET /issues/2025-12-20"]);
    expect(outcome.refreshed).toBe(1);
  });

  it("reports an unreachable cache instead of throwing", async () => {
    const gone = await cache(() => 200);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const outcome = await refreshHttpCaches([gone.origin], ["/"]);
    expect(outcome.refreshed).toBe(0);
    expect(outcome.failed).toHaveLength(1);
  });
});

describe("httpCacheRefreshOrigins", () => {
  it("reads a comma-separated list of origins", () => {
    expect(httpCacheRefreshOrigins(undefined)).toEqual([]);
    expect(httpCacheRefreshOrigins(" ")).toEqual([]);
    expect(httpCacheRefreshOrigins("http://nginx:8080, http://10.0.0.2:8080/")).toEqual(["http://nginx:8080", "http://10.0.0.2:8080"]);
  });

  it("refuses anything else with a message naming the setting", () => {
    expect(() => httpCacheRefreshOrigins("nginx:8080")).toThrow(/READER_CACHE_REFRESH_ORIGINS/);
    expect(() => httpCacheRefreshOrigins("ftp://nginx")).toThrow(/READER_CACHE_REFRESH_ORIGINS/);
  });
});

describe("inRefreshOrder", () => {
  it("puts the story's shared URL, its pages, its issue and the front page before the rest, feeds and sitemaps last", () => {
    const paths = [
      "/",
      "/articles/7",
      "/bylines/3",
      "/feed.xml",
      "/issues/2025-12-20",
      "/issues/2025-12-20/4",
      "/news-sitemap.xml",
      "/sitemaps/2025-12.xml",
      "/sitemap.xml",
      "/articles/7-%E6%96%B0",
    ];
    expect(inRefreshOrder(paths)).toEqual([
      "/articles/7-%E6%96%B0",
      "/issues/2025-12-20/4",
      "/issues/2025-12-20",
      "/",
      "/articles/7",
      "/bylines/3",
      "/feed.xml",
      "/news-sitemap.xml",
      "/sitemaps/2025-12.xml",
      "/sitemap.xml",
    ]);
  });
});

// Every app instance LISTENs on reader_change: a publish committed by anyone (here: this test, like a
// second instance or the importer) reaches its invalidation callback; a rolled-back one does not; and
// a lost connection comes back and drops everything, since notifications sent meanwhile are lost.
import { afterEach, describe, expect, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { listenForReaderChanges, parseReaderChangePayload, type TReaderChangeListener } from "@/lib/reader/listen-reader-changes";
import { READER_ALL_TAG } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { publishCurrentVersion } from "../helpers/factories";
import { page, story } from "../helpers/pages";

let listener: TReaderChangeListener | null = null;
afterEach(async () => {
  await listener?.stop();
  listener = null;
});

async function waitFor(predicate: () => boolean, what: string, deadlineMs = 5_000) {
  const deadline = Date.now() + deadlineMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function start(received: string[][], refresh?: (paths: string[]) => Promise<void>) {
  listener = listenForReaderChanges({
    connectionString: process.env.DATABASE_URL ?? "",
    invalidate: async (tags) => {
      received.push(tags);
    },
    refresh,
    log: () => {},
  });
  return listener;
}

describe("the reader change listener", () => {
  it("drops everything on connect, then receives the tags of each committed publish", async () => {
    const imported = await importPage(
      page(story({ headline: "待发布" })),
      { issueDate: "2025-12-20", pageNumber: 1, publish: false, release: true },
      SYSTEM_IMPORT,
    );
    const articleId = imported.articles[0]?.id ?? 0;
    const received: string[][] = [];
    await start(received).ready;
    expect(received).toEqual([[READER_ALL_TAG]]);

    await getDb()
      .$transaction(async (tx) => {
        await publishCurrentVersion(tx, articleId);
        throw new Error("roll back");
      })
      .catch(() => {});
    await getDb().$transaction((tx) => publishCurrentVersion(tx, articleId));
    await waitFor(() => received.length > 1, "the publish notification");
    expect(received[1]).toEqual(expect.arrayContaining([`article:${articleId}`, `issue:${imported.issueId}`, `page:${imported.pageId}`, "latest"]));
    // The rolled-back publish sent nothing: exactly one notification arrived.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(2);
  });

  it("reconnects after losing its connection and drops everything again", async () => {
    const received: string[][] = [];
    await start(received).ready;
    await getDb()
      .$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'reader-change-listener' AND datname = current_database()`;
    await waitFor(() => received.length >= 2, "the reconnect");
    expect(received[1]).toEqual([READER_ALL_TAG]);
    await getDb().$executeRaw`SELECT pg_notify('reader_change', ${JSON.stringify({ tags: ["page:7"] })})`;
    await waitFor(() => received.some((tags) => tags.includes("page:7")), "a notification after the reconnect");
  });

  it("treats an unreadable notification as 'everything changed'", () => {
    const everything = { tags: [READER_ALL_TAG], paths: [] };
    expect(parseReaderChangePayload('{"tags":["article:1"]}')).toEqual({ tags: ["article:1"], paths: [] });
    expect(parseReaderChangePayload('{"tags":["article:1"],"paths":["/articles/1"]}')).toEqual({ tags: ["article:1"], paths: ["/articles/1"] });
    expect(parseReaderChangePayload("not json")).toEqual(everything);
    expect(parseReaderChangePayload('{"tags":"article:1"}')).toEqual(everything);
    // Paths are refreshed against the caches' origins: never a URL of its own or another host.
    expect(parseReaderChangePayload('{"tags":["latest"],"paths":["//evil.example/x"]}')).toEqual(everything);
    expect(parseReaderChangePayload('{"tags":["latest"],"paths":["http://evil.example/"]}')).toEqual(everything);
    expect(parseReaderChangePayload(JSON.stringify({ tags: ["latest"], paths: ["/\\evil.example/"] }))).toEqual(everything);
  });

  it("refreshes the changed reader URLs after invalidating, one refresh at a time, and a slow cache holds no invalidation back", async () => {
    const imported = await importPage(
      page(story({ headline: "刷新缓存的稿件" })),
      { issueDate: "2025-12-20", pageNumber: 3, publish: false, release: true },
      SYSTEM_IMPORT,
    );
    const articleId = imported.articles[0]?.id ?? 0;
    const received: string[][] = [];
    const refreshed: Array<{ paths: string[]; afterInvalidations: number }> = [];
    let answer: () => void = () => {};
    await start(received, (paths) => {
      refreshed.push({ paths, afterInvalidations: received.length });
      // An HTTP cache that answers only when the test says so.
      return new Promise<void>((resolve) => {
        answer = resolve;
      });
    }).ready;

    await getDb().$transaction((tx) => publishCurrentVersion(tx, articleId));
    await waitFor(() => refreshed.length === 1, "the refresh");
    expect(refreshed[0]?.afterInvalidations).toBe(2);
    expect(refreshed[0]?.paths).toEqual(
      expect.arrayContaining([
        "/",
        "/feed.xml",
        `/articles/${articleId}`,
        readerPaths.article(articleId, "刷新缓存的稿件"),
        "/issues/2025-12-20",
        "/issues/2025-12-20/3",
      ]),
    );

    // While the cache hangs, the next changes still reach this instance's own cache at once…
    await getDb().$executeRaw`SELECT pg_notify('reader_change', ${JSON.stringify({ tags: ["page:9"], paths: ["/issues/2025-12-20/9", "/"] })})`;
    await getDb().$executeRaw`SELECT pg_notify('reader_change', ${JSON.stringify({ tags: ["page:8"], paths: ["/issues/2025-12-20/8"] })})`;
    await waitFor(() => received.some((tags) => tags.includes("page:8")), "the next invalidations while the refresh hangs");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(refreshed).toHaveLength(1);
    // …and their URLs are refreshed together once the cache has answered.
    answer();
    await waitFor(() => refreshed.length === 2, "the second refresh");
    expect(refreshed[1]?.paths.sort()).toEqual(["/", "/issues/2025-12-20/8", "/issues/2025-12-20/9"]);
    answer();
  });
});

// Against the production server: nothing unpublished reaches any reader URL, and a publish committed
// straight into the database (as another instance or the importer would) replaces the cached page
// within about a second.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { publishCurrentVersion } from "../helpers/factories";
import { FROM_CACHE } from "../helpers/nginx";
import { page, story } from "../helpers/pages";
import { importReaderFixtures, LEAK_MARKERS, LISTED_COLUMN, LISTED_REPORTER, LISTED_SECTION_SLUG } from "../integration/reader-fixtures";

process.env.DATABASE_URL = inject("e2eDatabaseUrl");
const base = () => inject("baseUrl");

async function get(path: string) {
  const response = await fetch(new URL(path, base()), { redirect: "follow" });
  return {
    status: response.status,
    text: await response.text(),
    cache: response.headers.get("x-nextjs-cache"),
    cacheControl: response.headers.get("cache-control"),
  };
}

let fixtures: Awaited<ReturnType<typeof importReaderFixtures>>;
beforeAll(async () => {
  // The server imported the seed itself; add only what must stay hidden.
  fixtures = await importReaderFixtures({ seed: false });
});

describe("what readers never see", () => {
  it("keeps drafts, unreleased issues and unpublished edits out of every reader URL", async () => {
    const db = getDb();
    const draftColumn = await db.column.findUniqueOrThrow({ where: { name: "草稿栏目" } });
    const draftPerson = await db.contributor.findFirstOrThrow({ where: { name: "草稿记者" } });
    for (const id of [fixtures.draftId, fixtures.unreleasedId]) expect((await get(`/articles/${id}`)).status).toBe(404);
    expect((await get(`/columns/${encodeURIComponent(draftColumn.slug)}`)).status).toBe(404);
    expect((await get(`/bylines/${draftPerson.id}`)).status).toBe(404);
    expect((await get("/issues/2025-12-21/1")).status).toBe(404);
    const edited = await get(`/articles/${fixtures.editedId}`);
    expect(edited.status, edited.text.slice(0, 300)).toBe(200);
    expect(edited.text).toContain("已发布的原标题");
    const listedColumn = await db.column.findUniqueOrThrow({ where: { name: LISTED_COLUMN } });
    const listedPerson = await db.contributor.findFirstOrThrow({ where: { name: LISTED_REPORTER } });
    expect((await get(`/sections/${LISTED_SECTION_SLUG}`)).text).toContain("已发布的原标题");
    const urls = [
      `/columns/${encodeURIComponent(listedColumn.slug)}`,
      `/bylines/${listedPerson.id}`,
      `/sections/${LISTED_SECTION_SLUG}`,
      "/",
      "/issues/2025-12",
      "/issues/2025-12-20",
      "/issues/2025-12-20/1",
      "/issues/2025-12-20/2",
      "/issues/2025-12-20/3",
      "/issues/2025-12-21",
      `/articles/${fixtures.editedId}`,
      "/feed.xml",
      "/sitemap.xml",
      "/sitemaps/2025-12.xml",
      "/news-sitemap.xml",
      "/robots.txt",
    ];
    for (const url of urls) {
      const { status, text } = await get(url);
      expect(status, url).toBe(200);
      const decoded = decodeURIComponent(text.replace(/%(?![0-9A-F]{2})/gi, "%25"));
      for (const marker of LEAK_MARKERS) expect(decoded, `${url} leaks ${marker}`).not.toContain(marker);
    }
    // The draft's page exists (it is printed) but shows nothing of the draft.
    expect((await get("/issues/2025-12-20/2")).text).toContain("本版内容尚未录入");
  });
});

describe("a publish reaches the cached page", () => {
  it("shows a story published in the database on a page that was served from cache, without waiting for expiry", async () => {
    const imported = await importPage(
      page(story({ headline: "刚刚发布的消息", paragraphs: ["刚刚发布的消息正文。"] })),
      { issueDate: "2025-12-20", pageNumber: 5, pageName: "快讯", publish: false },
      SYSTEM_IMPORT,
    );
    const articleId = imported.articles[0]?.id ?? 0;
    const url = "/issues/2025-12-20/5";
    await get(url);
    const cached = await get(url);
    expect(cached.cache).toMatch(FROM_CACHE);
    expect(cached.cacheControl).toMatch(/s-maxage=1\b/);
    expect(cached.text).not.toContain("刚刚发布的消息");

    await getDb().$transaction((tx) => publishCurrentVersion(tx, articleId));
    // Only the notification can make this happen before the page's 60 s safety-net refresh; how fast it is
    // (tens of milliseconds here) is measured by `npm run bench:read`, not asserted in a test.
    const deadline = Date.now() + 15_000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      seen = (await get(url)).text.includes("刚刚发布的消息");
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen, "the published story on its page well before the cache would expire").toBe(true);
    expect((await get(`/articles/${articleId}`)).status).toBe(200);
  });
});

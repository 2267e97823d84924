// Readers' search finds only what the visibility rule allows, the moment a change commits; the newsroom's
// search covers working drafts; the database tokenizes exactly as lib/search/tokens.ts builds queries.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { listNewsroomArticles, ZNewsroomFilter } from "@/lib/articles/list-newsroom-articles";
import { publishArticle } from "@/lib/articles/publish-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { readPageFile } from "@/lib/import/read-page-file";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { visibleSnapshotSql, visibleSnapshotWhere } from "@/lib/reader/visibility";
import { listSearchFilterChoices } from "@/lib/search/list-search-filter-choices";
import { reindexSearch } from "@/lib/search/reindex-search";
import { searchArticles } from "@/lib/search/search-articles";
import { ZSearchFilters } from "@/lib/search/search-params";
import { searchTokens } from "@/lib/search/tokens";
import { generateArchive } from "../../bench/archive-generator";
import { page, SEED_FILE, story } from "../helpers/pages";
import { expectNoLeak, importReaderFixtures, LEAK_MARKERS, LISTED_COLUMN, LISTED_REPORTER, LISTED_SECTION_SLUG } from "./reader-fixtures";

const all = ZSearchFilters.parse({});
const search = async (query: string, filters = all) => {
  const results = await searchArticles(query, filters);
  if (!results) throw new Error(`nothing searchable in ${query}`);
  return results;
};
const headlines = (results: Awaited<ReturnType<typeof search>>) => results.hits.map((hit) => hit.content.headline);

describe("the database's tokens", () => {
  it("are the ones the query builder assumes, on the seed page and on width, quote and script variants", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const samples = [
        await readPageFile(SEED_FILE),
        '２０２５世界绿发会 ＡＩ时代 “北斗”「北斗」"北斗" 92.03万人 二〇二五年 𠮷野家 ｶﾀｶﾅ 한국어 Ｅｘｃｅｌ 5G基站',
      ];
      for (const sample of samples) {
        const { rows } = await client.query<{ tokens: string }>("SELECT search_tokens($1) AS tokens", [sample]);
        expect(rows[0]?.tokens.split(" ").filter(Boolean)).toEqual(searchTokens(sample));
      }
    } finally {
      await client.end();
    }
  });
});

describe("readers' search", () => {
  it("never finds a draft, an unreleased issue's story or a saved-but-unpublished edit, not even in counts", async () => {
    await importReaderFixtures();
    for (const marker of LEAK_MARKERS) {
      const results = await search(marker);
      expect(results.total, marker).toBe(0);
      expect(results.hits).toEqual([]);
    }
    // The live version of the edited story is still found by its published words, shown as published.
    const published = await search("已发布的原正文");
    expect(headlines(published)).toEqual(["已发布的原标题"]);
    expectNoLeak(published.hits, expect);
    // A word every story shares: the count is the visible stories only.
    const broad = await search("本报");
    const visible = await getDb().articleSnapshot.count({ where: { ...visibleSnapshotWhere(), plainText: { contains: "本报" } } });
    expect(broad.total).toBeGreaterThan(0);
    expect(broad.total).toBeLessThanOrEqual(visible + 10);
    expectNoLeak(broad.hits, expect);
    // Filter choices name only sections and 栏目 that readers can see stories in.
    expectNoLeak(await listSearchFilterChoices(), expect);
  });

  it("applies the same visibility rule in SQL as the reader pages do", async () => {
    await importReaderFixtures();
    const viaPrisma = await getDb().articleSnapshot.findMany({ where: visibleSnapshotWhere(), select: { id: true }, orderBy: { id: "asc" } });
    const viaSql = await getDb().$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${visibleSnapshotSql("s")} ORDER BY s."id"`;
    const everything = await getDb().articleSnapshot.count();
    expect(viaSql.map((row) => row.id)).toEqual(viaPrisma.map((row) => row.id));
    expect(viaPrisma.length).toBeLessThan(everything);
  });

  it("sees a publish, an unpublish and an issue release as soon as they commit", async () => {
    const { unreleasedId, editedId } = await importReaderFixtures();
    expect((await search("未出版期正文")).total).toBe(0);
    const unreleased = await getDb().article.findUniqueOrThrow({ where: { id: unreleasedId }, include: { placements: { include: { page: true } } } });
    await getDb().$transaction((tx) => releaseIssueInTransaction(tx, SYSTEM_IMPORT, { issueId: unreleased.placements[0]?.page.issueId ?? 0 }));
    expect(headlines(await search("未出版期正文"))).toEqual(["未出版期标题"]);

    const edited = await getDb().article.findUniqueOrThrow({ where: { id: editedId } });
    await publishArticle(SYSTEM_IMPORT, { articleId: editedId, baseVersion: edited.version });
    expect(headlines(await search("未发布的修改正文"))).toEqual(["未发布的修改标题"]);
    expect((await search("已发布的原正文")).total).toBe(0);

    await unpublishArticle(SYSTEM_IMPORT, { articleId: editedId });
    expect((await search("未发布的修改正文")).total).toBe(0);
  });

  it("matches full-width, quote and case variants, marks dates and pages, and filters", async () => {
    await importReaderFixtures();
    const green = await search("２０２５世界绿发会");
    expect(headlines(green)).toEqual(["晋中特色产品亮相2025世界绿发会暨中国绿博会"]);
    expect(green.hits[0]?.content.placement?.issueDate).toBe("2025-12-20");
    expect(green.hits[0]?.date).toBe("2025-12-20");
    expect(headlines(await search("“北斗”新赛道"))).toEqual(headlines(await search('"北斗"新赛道')));
    expect((await search("“北斗”新赛道")).total).toBe(1);

    // 栏目, section, byline and date range narrow the same query.
    const column = (await listSearchFilterChoices()).columns.find((choice) => choice.name === LISTED_COLUMN);
    expect(column).toBeDefined();
    const inColumn = await search("幸福", ZSearchFilters.parse({ column: column?.slug }));
    expect(headlines(inColumn)).toEqual(["家门口的幸福“食”光"]);
    expect(
      (await search("晋中", ZSearchFilters.parse({ byline: LISTED_REPORTER }))).hits.every((hit) =>
        hit.content.bylines.some((b) => b.name === LISTED_REPORTER),
      ),
    ).toBe(true);
    expect(headlines(await search("已发布的原正文", ZSearchFilters.parse({ section: LISTED_SECTION_SLUG })))).toEqual(["已发布的原标题"]);
    expect((await search("晋中", ZSearchFilters.parse({ from: "2025-12-21" }))).total).toBe(0);
    expect((await search("晋中", ZSearchFilters.parse({ to: "2025-12-20" }))).total).toBeGreaterThan(0);
    // Sorting by date or relevance returns the same set.
    const byDate = await search("晋中", ZSearchFilters.parse({ sort: "date" }));
    expect(new Set(headlines(byDate))).toEqual(new Set(headlines(await search("晋中"))));
  });

  it("follows a renamed contributor in the byline filter at once (by id, not by the printed name)", async () => {
    await importReaderFixtures();
    const person = await getDb().contributor.findFirstOrThrow({ where: { name: LISTED_REPORTER } });
    await getDb().contributor.update({ where: { id: person.id }, data: { name: "冯静宁（改名）" } });
    expect(headlines(await search("幸福", ZSearchFilters.parse({ byline: "冯静宁（改名）" })))).toEqual(["家门口的幸福“食”光"]);
    expect((await search("幸福", ZSearchFilters.parse({ byline: LISTED_REPORTER }))).total).toBe(0);
  });

  it("ranks a headline hit above body hits", async () => {
    await importReaderFixtures();
    const results = await search("社保");
    expect(results.hits[0]?.content.headline).toBe("扩面有力度 服务有温度 监管有硬度");
    const byline = await search("耿新洲");
    expect(byline.total).toBeGreaterThan(0);
    expect(byline.hits[0]?.content.bylines.map((b) => b.name)).toContain("耿新洲");
  });
});

describe("dictionary words", () => {
  it("rank a story with most of the query's words in its headline first, and never decide what matches", async () => {
    const body = "本周，市委理论学习中心组举行集体学习。";
    await importPage(
      page(story({ headline: "市委理论学习走深走实", paragraphs: [body] })),
      { issueDate: "2025-12-01", pageNumber: 1, pageName: "要闻", publish: true, release: true },
      SYSTEM_IMPORT,
    );
    await importPage(
      page(story({ headline: "集体学习会召开", paragraphs: [body] }), story({ headline: "理论学习与中心工作", paragraphs: ["市委召开会议。"] })),
      { issueDate: "2025-12-02", pageNumber: 1, pageName: "要闻", publish: true, release: true },
      SYSTEM_IMPORT,
    );
    // Both hold the phrase in the body only; the older one has three of its four words (市委 理论 学习 中心)
    // in its headline, the newer one only 学习.
    const results = await search("市委理论学习中心组");
    expect(headlines(results)).toEqual(["市委理论学习走深走实", "集体学习会召开"]);
    // Words rank, never match: the story with the words in its headline but not the phrase is not found.
    expect(results.total).toBe(2);
  });
});

describe("paging", () => {
  it("walks every match exactly once, headline matches first, in both sort orders", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await generateArchive(client, { startDate: "2025-11-01", days: 3, seed: 3 });
    } finally {
      await client.end();
    }
    const walk = async (query: string, sort: "relevance" | "date") => {
      const first = await search(query, ZSearchFilters.parse({ sort }));
      const hits = [...first.hits];
      for (let page = 2; page <= first.pageCount; page += 1) hits.push(...(await search(query, ZSearchFilters.parse({ sort, page }))).hits);
      return { first, hits };
    };
    for (const query of ["晋中", "养老保险", "榆次区 项目"]) {
      const byRelevance = await walk(query, "relevance");
      const byDate = await walk(query, "date");
      const ids = byRelevance.hits.map((hit) => hit.articleId);
      expect(new Set(ids).size, query).toBe(ids.length);
      expect(new Set(ids), query).toEqual(new Set(byDate.hits.map((hit) => hit.articleId)));
      expect(ids.length, query).toBeGreaterThan(10);
      // Headline matches come first: once a result lacks the words in its headline parts, none after has them.
      const inHead = byRelevance.hits.map((hit) =>
        searchTokens(
          [hit.content.kicker, hit.content.headline, hit.content.subheadline, hit.content.column?.name, ...hit.content.bylines.map((b) => b.name)].join(" "),
        ).join(" "),
      );
      const firstBodyOnly = inHead.findIndex((tokens) => !query.split(" ").every((term) => tokens.includes(searchTokens(term)[0] as string)));
      if (firstBodyOnly > 0) expect(firstBodyOnly, query).toBeGreaterThan(0);
      const dates = byDate.hits.map((hit) => hit.date);
      expect(dates, query).toEqual([...dates].sort().reverse());
    }
  }, 120_000);
});

describe("a term in more stories than are ever listed", () => {
  it("says so, lists headline matches first and pages through the newest without repeating one", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await generateArchive(client, { startDate: "2025-10-01", days: 12, seed: 5 });
    } finally {
      await client.end();
    }
    const walk = async (sort: "relevance" | "date") => {
      const hits = [];
      for (let page = 1; page <= 4; page += 1) {
        const results = await search("市", ZSearchFilters.parse({ sort, page }));
        expect(results.capped).toBe(true);
        expect(results.pageCount).toBe(50);
        expect(results.hits).toHaveLength(10);
        hits.push(...results.hits);
      }
      return hits;
    };
    const byRelevance = await walk("relevance");
    const ids = byRelevance.map((hit) => hit.articleId);
    expect(new Set(ids).size).toBe(ids.length);
    const inHead = byRelevance.map((hit) =>
      searchTokens(
        [
          hit.content.kicker,
          hit.content.headline,
          hit.content.subheadline,
          hit.content.column?.name,
          hit.content.dateline,
          ...hit.content.bylines.map((b) => b.name),
        ].join(" "),
      ).some((token) => token.startsWith("市")),
    );
    expect(inHead[0]).toBe(true);
    // Once a result lacks the term in its headline parts, none after has it; each tier is newest first.
    const firstBodyOnly = inHead.indexOf(false);
    if (firstBodyOnly >= 0) expect(inHead.slice(firstBodyOnly)).not.toContain(true);
    const headDates = byRelevance.slice(0, firstBodyOnly < 0 ? undefined : firstBodyOnly).map((hit) => hit.date);
    expect(headDates).toEqual([...headDates].sort().reverse());
    const byDate = await walk("date");
    const dates = byDate.map((hit) => hit.date);
    expect(new Set(byDate.map((hit) => hit.articleId)).size).toBe(byDate.length);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const hit of [...byRelevance, ...byDate]) expect(searchTokens(`${hit.content.headline} ${hit.plainText}`).join(" ")).toContain("市");
  }, 120_000);
});

describe("the newsroom's search", () => {
  it("finds working drafts, saved edits included, with the other filters", async () => {
    const { draftId, editedId } = await importReaderFixtures();
    const find = (input: Record<string, unknown>) => listNewsroomArticles(ZNewsroomFilter.parse(input));
    const ids = (list: Awaited<ReturnType<typeof find>>) => list.groups.flatMap((group) => group.rows.map((row) => row.id)).sort();
    expect(ids(await find({ q: "草稿机密正文" }))).toContain(draftId);
    expect(ids(await find({ q: "未发布的修改正文" }))).toEqual([editedId]);
    expect(ids(await find({ q: "已发布的原正文" }))).toEqual([]);
    expect(ids(await find({ q: "草稿机密正文", byline: "草稿记者" }))).toEqual([draftId]);
    expect(ids(await find({ q: "草稿机密正文", column: "草稿栏目" }))).toEqual([draftId]);
    expect((await find({ q: "草稿机密正文", status: "published" })).total).toBe(0);
    expect((await find({ q: "！！！" })).total).toBe(0);
  });

  it("stops counting at the cap and then pages through the newest edits, finding the same stories in the same order", async () => {
    await importReaderFixtures();
    const filter = ZNewsroomFilter.parse({ q: "我市" });
    const all = await listNewsroomArticles(filter);
    const rows = (list: typeof all) => list.groups.flatMap((group) => group.rows.map((row) => row.id)).sort((a, b) => a - b);
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThan(3);
    const capped = await listNewsroomArticles(filter, 3);
    expect(capped).toMatchObject({ capped: true, total: 3, pageCount: 1 });
    // Walking the newest edits row by row finds exactly what the search index finds.
    expect(rows(capped)).toEqual(rows(all));
  });
});

describe("search:reindex", () => {
  it("rebuilds lost vectors in batches and resumes after a cursor", async () => {
    await importReaderFixtures();
    const db = getDb();
    // Vectors are not among the trigger's columns, so this leaves them empty (as a changed rule would leave them stale).
    await db.$executeRaw`UPDATE "ArticleSnapshot" SET "searchVector" = NULL, "searchHead" = NULL`;
    await db.$executeRaw`UPDATE "Article" SET "searchVector" = NULL`;
    expect((await search("常书铭")).total).toBe(0);

    const ids = (await db.articleSnapshot.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    const middle = ids[Math.floor(ids.length / 2)] as number;
    const seen: number[] = [];
    await reindexSearch({ from: { table: "ArticleSnapshot", afterId: middle }, batchSize: 2, onProgress: (progress) => void seen.push(progress.afterId) });
    const [left] = await db.$queryRaw<Array<{ empty: number }>>`SELECT count(*)::int AS empty FROM "ArticleSnapshot" WHERE "searchVector" IS NULL`;
    expect(left?.empty).toBe(ids.filter((id) => id <= middle).length);
    expect(seen.length).toBeGreaterThan(1);

    await reindexSearch({ batchSize: 3 });
    const [none] = await db.$queryRaw<Array<{ empty: number }>>`SELECT
      (SELECT count(*) FROM "ArticleSnapshot" WHERE "searchVector" IS NULL OR "searchHead" IS NULL)::int
      + (SELECT count(*) FROM "Article" WHERE "searchVector" IS NULL)::int AS empty`;
    expect(none?.empty).toBe(0);
    expect(headlines(await search("常书铭"))).toEqual(["市委理论学习中心组举行扩大学习会"]);
  });
});

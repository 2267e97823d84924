// ArticleSnapshot.live, which the reader's lists and indexes read, is flagged on exactly the snapshots that
// some Article names as live, whatever changed "liveSnapshotId": every command, the importer, a direct SQL
// UPDATE. No writer sets it; the triggers of migration 20261201170000_live_snapshot do.
import { describe, expect, it } from "vitest";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { mergeContributors } from "@/lib/contributors/merge-contributors";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { getListIndex } from "@/lib/reader/get-list-index";
import { getStoryList, type TStoryListFilter } from "@/lib/reader/get-story-list";
import { liveSnapshotSql, releasedPaperIssueSql, releasedPaperIssueWhere, unreleasedLiveSnapshotSql, visibleSnapshotSql } from "@/lib/reader/visibility";
import { createTestUser, publishCurrentVersion } from "../helpers/factories";
import { page, SEED_FILE, story } from "../helpers/pages";
import { importReaderFixtures, LISTED_COLUMN } from "./reader-fixtures";

const FRONT = { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻", publish: true, release: true };

async function flagged(): Promise<number[]> {
  const rows = await getDb().articleSnapshot.findMany({ where: { live: true }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}

async function named(): Promise<number[]> {
  const rows = await getDb().article.findMany({
    where: { liveSnapshotId: { not: null } },
    select: { liveSnapshotId: true },
    orderBy: { liveSnapshotId: "asc" },
  });
  return rows.map((row) => row.liveSnapshotId as number);
}

/** The flag and Article.liveSnapshotId agree, and `articleId`'s live snapshot is `expected` (null: none). */
async function expectFlags(articleId: number, expected: number | null) {
  expect(await flagged()).toEqual(await named());
  const own = await getDb().articleSnapshot.findMany({ where: { articleId, live: true }, select: { id: true } });
  expect(own.map((row) => row.id)).toEqual(expected === null ? [] : [expected]);
}

async function liveSnapshotOf(articleId: number): Promise<number | null> {
  return (await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { liveSnapshotId: true } })).liveSnapshotId;
}

async function editDraft(articleId: number, headline: string) {
  await getDb().article.update({ where: { id: articleId }, data: { headline, version: { increment: 1 } } });
}

describe("the live flag on snapshots", () => {
  it("follows publish, republish, unpublish, restore, a contributor merge and an import", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const seed = await importPage(parsePageText(await readPageFile(SEED_FILE)), FRONT, SYSTEM_IMPORT);
    const storyId = seed.articles[0]?.id ?? 0;
    await expectFlags(storyId, await liveSnapshotOf(storyId));
    expect(await flagged()).toHaveLength(seed.articles.length);

    // Replacing an imported page in place publishes new snapshots of the untouched stories.
    const untouchedId = seed.articles[1]?.id ?? 0;
    const untouchedBefore = await liveSnapshotOf(untouchedId);
    const replaced = await importPage(parsePageText(await readPageFile(SEED_FILE)), { ...FRONT, replace: true }, SYSTEM_IMPORT);
    expect(replaced.replacedArticleIds).toContain(untouchedId);
    const untouchedAfter = await liveSnapshotOf(untouchedId);
    expect(untouchedAfter).not.toBe(untouchedBefore);
    await expectFlags(untouchedId, untouchedAfter);

    // Republish: the new snapshot takes the flag from the old one.
    const first = await liveSnapshotOf(storyId);
    await editDraft(storyId, "更正后的标题");
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    const second = await liveSnapshotOf(storyId);
    expect(second).not.toBe(first);
    await expectFlags(storyId, second);

    // Unpublish: none of the story's snapshots is live.
    await unpublishArticle(actor, { articleId: storyId });
    await expectFlags(storyId, null);

    // Restore the imported version and publish it again.
    const imported = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: storyId }, orderBy: { id: "asc" } });
    const { version } = await getDb().article.findUniqueOrThrow({ where: { id: storyId }, select: { version: true } });
    await restoreRevision(actor, { articleId: storyId, revisionId: imported.id, baseVersion: version });
    await expectFlags(storyId, null);
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    const third = await liveSnapshotOf(storyId);
    expect([first, second]).not.toContain(third);
    await expectFlags(storyId, third);

    // A merge rewrites live and superseded snapshots alike; the flags stay where they were.
    const misspelled = await importPage(
      page(story({ headline: "错别字署名的稿件", bylines: [{ name: "王文按", role: "reporter", affiliation: "本报" }] })),
      { ...FRONT, pageNumber: 2, pageName: "综合" },
      SYSTEM_IMPORT,
    );
    const misspelledId = misspelled.articles[0]?.id ?? 0;
    await editDraft(misspelledId, "错别字署名的稿件（更新）");
    await getDb().$transaction((tx) => publishCurrentVersion(tx, misspelledId));
    const wrong = await getDb().contributor.findFirstOrThrow({ where: { name: "王文按" } });
    const right = await getDb().contributor.findFirstOrThrow({ where: { name: "王文安" } });
    const before = await flagged();
    expect(await mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id })).toMatchObject({ snapshotsRewritten: 2 });
    expect(await flagged()).toEqual(before);
    await expectFlags(misspelledId, await liveSnapshotOf(misspelledId));

    expect((await getDb().articleSnapshot.count()) - (await flagged()).length).toBeGreaterThanOrEqual(4);
  });

  it("follows a direct UPDATE of Article.liveSnapshotId and overrules any write of the flag itself", async () => {
    const seed = await importPage(parsePageText(await readPageFile(SEED_FILE)), FRONT, SYSTEM_IMPORT);
    const storyId = seed.articles[0]?.id ?? 0;
    const first = (await liveSnapshotOf(storyId)) as number;
    await editDraft(storyId, "第二版标题");
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    const second = (await liveSnapshotOf(storyId)) as number;

    // Back to the first version, by hand.
    await getDb().$executeRaw`UPDATE "Article" SET "liveSnapshotId" = ${first} WHERE "id" = ${storyId}`;
    await expectFlags(storyId, first);
    await getDb().$executeRaw`UPDATE "Article" SET "liveSnapshotId" = NULL WHERE "id" = ${storyId}`;
    await expectFlags(storyId, null);
    await getDb().$executeRaw`UPDATE "Article" SET "liveSnapshotId" = ${second} WHERE "id" = ${storyId}`;
    await expectFlags(storyId, second);

    // Nobody but the triggers decides the flag: writes of it are recomputed from Article.
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "live" = true WHERE "articleId" = ${storyId}`;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "live" = false WHERE "id" = ${second}`;
    await expectFlags(storyId, second);
    const copy = await getDb().articleSnapshot.findUniqueOrThrow({ where: { id: first } });
    const { id: _id, searchDate: _date, ...fields } = copy;
    const inserted = await getDb().articleSnapshot.create({ data: { ...fields, content: fields.content ?? {}, live: true }, select: { id: true } });
    expect(await getDb().articleSnapshot.findUniqueOrThrow({ where: { id: inserted.id }, select: { live: true } })).toEqual({ live: false });
    await expectFlags(storyId, second);
  });

  it("gives the 栏目, section and people indexes the counts the visibility rule gives, through releases, unpublishing, merges and compaction", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const { seed, unreleasedId } = await importReaderFixtures();
    // Stories in an issue scheduled for tomorrow, and in one released a moment ago.
    const scheduled = await importPage(
      page(story({ headline: "明天出版的稿件", column: LISTED_COLUMN, bylines: [{ name: "王文安", role: "reporter", affiliation: "本报" }] })),
      { issueDate: "2025-12-22", pageNumber: 1, pageName: "要闻", publish: true, release: false },
      SYSTEM_IMPORT,
    );
    const now = new Date();
    await getDb().issue.update({ where: { id: scheduled.issueId }, data: { releasedAt: new Date(now.getTime() + 86_400_000) } });

    // What the index shows for 栏目, sections and people, against counting the rule's visible snapshots.
    const byRule = async (kind: "column" | "section" | "byline", at: Date) => {
      const key = Prisma.raw(kind === "column" ? `s."columnId"` : kind === "section" ? `s."sectionId"` : "c");
      const bylines = kind === "byline" ? Prisma.sql`CROSS JOIN LATERAL unnest(s."contributorIds") AS c` : Prisma.empty;
      const rows = await getDb().$queryRaw<Array<{ id: number; count: number }>>`
        SELECT ${key} AS id, count(*)::int AS count FROM "ArticleSnapshot" s ${bylines}
        WHERE ${key} IS NOT NULL AND ${visibleSnapshotSql("s", at)} GROUP BY 1 ORDER BY 1`;
      return rows.map((row) => [row.id, row.count]);
    };
    const byIndex = async (kind: "column" | "section" | "byline", at: Date) =>
      (await getListIndex(kind, at)).entries.map((entry) => [entry.id, entry.count]).sort((a, b) => (a[0] as number) - (b[0] as number));
    // Each list's own count (its page count), for every 栏目, section and person any snapshot ever named.
    const byList = async (kind: "column" | "section" | "byline", at: Date) => {
      const listed: Array<[number, number]> = [];
      for (const { id } of await everyListed(kind)) {
        const filter: TStoryListFilter =
          kind === "byline"
            ? { kind, contributorId: id }
            : kind === "column"
              ? { kind, slug: (await getDb().column.findUniqueOrThrow({ where: { id } })).slug }
              : { kind, slug: (await getDb().section.findUniqueOrThrow({ where: { id } })).slug };
        const total = (await getStoryList(filter, 1, at)).list?.total ?? 0;
        if (total > 0) listed.push([id, total]);
      }
      return listed;
    };
    const everyListed = async (kind: "column" | "section" | "byline") => {
      const key = Prisma.raw(kind === "column" ? `"columnId"` : kind === "section" ? `"sectionId"` : "c");
      const bylines = kind === "byline" ? Prisma.sql`CROSS JOIN LATERAL unnest(s."contributorIds") AS c` : Prisma.empty;
      return getDb().$queryRaw<Array<{ id: number }>>`
        SELECT DISTINCT ${key} AS id FROM "ArticleSnapshot" s ${bylines} WHERE ${key} IS NOT NULL ORDER BY 1`;
    };
    const expectSame = async (at: Date = now) => {
      for (const kind of ["column", "section", "byline"] as const) {
        const expected = await byRule(kind, at);
        expect(expected.length).toBeGreaterThan(0);
        expect(await byIndex(kind, at)).toEqual(expected);
        expect(await byList(kind, at)).toEqual(expected);
      }
      // Live minus not yet released is the visible set itself.
      const visible = await getDb().$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s WHERE ${visibleSnapshotSql("s", at)} ORDER BY 1`;
      const difference = await getDb().$queryRaw<Array<{ id: number }>>`
        SELECT s."id" FROM "ArticleSnapshot" s WHERE ${liveSnapshotSql("s")}
        EXCEPT SELECT s."id" FROM "ArticleSnapshot" s WHERE ${unreleasedLiveSnapshotSql("s", at)} ORDER BY 1`;
      expect(difference).toEqual(visible);
    };

    await expectSame();
    await expectSame(new Date(now.getTime() + 2 * 86_400_000));
    const unreleased = await getDb().articleSnapshot.findFirstOrThrow({ where: { articleId: unreleasedId }, select: { issueId: true } });
    await getDb().$transaction((tx) => releaseIssueInTransaction(tx, SYSTEM_IMPORT, { issueId: unreleased.issueId as number }));
    await expectSame(new Date());

    await unpublishArticle(actor, { articleId: seed?.articles[0]?.id ?? 0 });
    await expectSame();
    const wrong = await getDb().contributor.findFirstOrThrow({ where: { name: "草稿记者" } });
    const right = await getDb().contributor.findFirstOrThrow({ where: { name: "王文安" } });
    await mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id });
    await expectSame(new Date());

    // The next row crosses a multiple of 1,024: the rows are folded into one per person, the counts unchanged.
    const rowsBefore = await getDb().contributorLiveDelta.count();
    await getDb().$executeRaw`SELECT setval(pg_get_serial_sequence('"ContributorLiveDelta"', 'id'), 1023)`;
    const storyId = seed?.articles[1]?.id ?? 0;
    await editDraft(storyId, "再次发布");
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    const people = await getDb().contributorLiveDelta.groupBy({ by: ["contributorId"] });
    expect(await getDb().contributorLiveDelta.count()).toBeLessThan(rowsBefore);
    expect(await getDb().contributorLiveDelta.count()).toBe(people.length);
    await expectSame(new Date());

    // The same for the 栏目 and section counts.
    const listRowsBefore = await getDb().listLiveDelta.count();
    await getDb().$executeRaw`SELECT setval(pg_get_serial_sequence('"ListLiveDelta"', 'id'), 1023)`;
    await editDraft(storyId, "第三次发布");
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    const lists = await getDb().listLiveDelta.groupBy({ by: ["kind", "listId"] });
    expect(await getDb().listLiveDelta.count()).toBeLessThan(listRowsBefore);
    expect(await getDb().listLiveDelta.count()).toBe(lists.length);
    await expectSame(new Date());

    // A live story moved to another section and out of its 栏目 by hand moves the counts with it.
    const moved = await getDb().articleSnapshot.findFirstOrThrow({ where: { live: true, columnId: { not: null } } });
    const other = await getDb().section.findFirstOrThrow({ where: { id: { not: moved.sectionId ?? -1 } } });
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "sectionId" = ${other.id}, "columnId" = NULL WHERE "id" = ${moved.id}`;
    await expectSame(new Date());
  });

  it("has one released-issue rule for Prisma and SQL", async () => {
    await importReaderFixtures();
    const viaPrisma = await getDb().issue.findMany({ where: releasedPaperIssueWhere(), select: { id: true }, orderBy: { id: "asc" } });
    const viaSql = await getDb().$queryRaw<Array<{ id: number }>>`SELECT i."id" FROM "Issue" i WHERE ${releasedPaperIssueSql("i")} ORDER BY i."id"`;
    expect(viaSql).toEqual(viaPrisma);
    expect(viaPrisma.length).toBeLessThan(await getDb().issue.count());
  });

  it("is served by partial indexes that hold live snapshots only", async () => {
    const rows = await getDb().$queryRaw<Array<{ name: string; predicate: string | null }>>`
      SELECT i.relname AS name, pg_get_expr(ix.indpred, ix.indrelid) AS predicate
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      WHERE t.relname = 'ArticleSnapshot' AND ix.indpred IS NOT NULL ORDER BY i.relname`;
    expect(rows).toEqual([
      { name: "ArticleSnapshot_columnId_readerPublishedAt_id_issueId_idx", predicate: "live" },
      { name: "ArticleSnapshot_searchDate_id_idx", predicate: "live" },
      { name: "ArticleSnapshot_sectionId_readerPublishedAt_id_issueId_idx", predicate: "live" },
      { name: "ArticleSnapshot_sitemap_index_idx", predicate: "live" },
      { name: "ArticleSnapshot_sitemap_month_idx", predicate: "live" },
    ]);
    // The sitemap index's is on expressions, which schema.prisma cannot describe: the drift check knows it by name only.
    const [months] = await getDb().$queryRaw<Array<{ definition: string }>>`
      SELECT pg_get_indexdef(i.oid) AS definition FROM pg_class i WHERE i.relname = 'ArticleSnapshot_sitemap_index_idx'`;
    expect(months?.definition).toContain(
      `(date_trunc('month'::text, ("searchDate")::timestamp without time zone), COALESCE("readerModifiedAt", "publishedAt") DESC) INCLUDE ("issueId", "searchDate", "readerModifiedAt", "publishedAt") WHERE live`,
    );
  });
});

// A person's reader list (/bylines/ID) counts and pages "LiveByline", a copy of the live snapshots' bylines
// that no writer touches: the triggers of migration 20261201180000_live_bylines keep it. Whatever changes
// the snapshots — publish, import --replace, republish, unpublish, restore, a scheduled issue's release, a
// contributor merge, direct SQL — every person's list and count must stay the visibility rule's set.
import { describe, expect, it } from "vitest";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { mergeContributors } from "@/lib/contributors/merge-contributors";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { getStoryList, STORIES_PER_PAGE } from "@/lib/reader/get-story-list";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { createTestUser, publishCurrentVersion } from "../helpers/factories";
import { page, SEED_FILE, story } from "../helpers/pages";
import { importReaderFixtures } from "./reader-fixtures";

const DAY = 86_400_000;
const REPORTER = { name: "王文安", role: "reporter" as const, affiliation: "本报" };
const PAGED = { name: "分页记者", role: "reporter" as const, affiliation: "本报" };

/** Every person named on any snapshot (live or not, merged away or not). */
async function everyoneNamed(): Promise<number[]> {
  const rows = await getDb().$queryRaw<Array<{ id: number }>>`
    SELECT DISTINCT c AS id FROM "ArticleSnapshot" s CROSS JOIN LATERAL unnest(s."contributorIds") AS c ORDER BY 1`;
  return rows.map((row) => row.id);
}

/** The rule's list for one person: the visible snapshots naming them, newest first, as story ids. */
async function byRule(contributorId: number, at: Date): Promise<number[]> {
  const rows = await getDb().$queryRaw<Array<{ articleId: number }>>`
    SELECT s."articleId" FROM "ArticleSnapshot" s
    WHERE s."contributorIds" @> ARRAY[${contributorId}]::int[] AND ${visibleSnapshotSql("s", at)}
    ORDER BY s."readerPublishedAt" DESC NULLS LAST, s."id" DESC`;
  return rows.map((row) => row.articleId);
}

/** What readers get: every page of the person's list, and the count it shows. */
async function byList(contributorId: number, at: Date): Promise<{ ids: number[]; total: number; pageCount: number }> {
  const ids: number[] = [];
  const first = (await getStoryList({ kind: "byline", contributorId }, 1, new Date(at.getTime()))).list;
  if (!first) return { ids, total: 0, pageCount: 0 };
  ids.push(...first.stories.map((summary) => summary.articleId));
  for (let n = 2; n <= first.pageCount; n += 1) {
    const next = (await getStoryList({ kind: "byline", contributorId }, n, new Date(at.getTime()))).list;
    expect(next?.total).toBe(first.total);
    ids.push(...(next?.stories ?? []).map((summary) => summary.articleId));
  }
  expect((await getStoryList({ kind: "byline", contributorId }, first.pageCount + 1, new Date(at.getTime()))).list).toBeNull();
  return { ids, total: first.total, pageCount: first.pageCount };
}

/** The side table holds exactly the live snapshots' (person, snapshot, date, issue), and every list is the rule's. */
async function expectRule(at: Date) {
  const copied = await getDb().$queryRaw<Array<Record<string, unknown>>>`
    SELECT "contributorId", "snapshotId", "readerPublishedAt", "issueId" FROM "LiveByline" ORDER BY 1, 2`;
  const live = await getDb().$queryRaw<Array<Record<string, unknown>>>`
    SELECT DISTINCT c AS "contributorId", s."id" AS "snapshotId", s."readerPublishedAt", s."issueId"
    FROM "ArticleSnapshot" s CROSS JOIN LATERAL unnest(s."contributorIds") AS c WHERE s."live" ORDER BY 1, 2`;
  expect(live.length).toBeGreaterThan(0);
  expect(copied).toEqual(live);
  let shown = 0;
  for (const contributorId of await everyoneNamed()) {
    const expected = await byRule(contributorId, at);
    const list = await byList(contributorId, at);
    expect({ contributorId, ids: list.ids, total: list.total }).toEqual({ contributorId, ids: expected, total: expected.length });
    expect(list.pageCount).toBe(Math.ceil(expected.length / STORIES_PER_PAGE));
    shown += expected.length;
  }
  expect(shown).toBeGreaterThan(0);
}

async function liveSnapshotOf(articleId: number): Promise<number | null> {
  return (await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { liveSnapshotId: true } })).liveSnapshotId;
}

async function republish(articleId: number, headline: string) {
  await getDb().article.update({ where: { id: articleId }, data: { headline, version: { increment: 1 } } });
  await getDb().$transaction((tx) => publishCurrentVersion(tx, articleId));
}

describe("a person's reader list", () => {
  it("is the visibility rule's set, newest first and counted, through every kind of change", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const { seed, unreleasedId } = await importReaderFixtures();
    // More than a page for one person, all released at one moment (the id breaks the tie), some shared.
    const paged = await importPage(
      page(
        ...Array.from({ length: STORIES_PER_PAGE + 3 }, (_, n) => story({ headline: `分页稿件${n + 1}`, bylines: n % 4 === 0 ? [PAGED, REPORTER] : [PAGED] })),
      ),
      { issueDate: "2025-12-19", pageNumber: 2, pageName: "综合", publish: true, release: true },
      SYSTEM_IMPORT,
    );
    // An issue scheduled for tomorrow: its story is live but hidden until then.
    const scheduled = await importPage(
      page(story({ headline: "明天出版的稿件", bylines: [REPORTER, PAGED] })),
      { issueDate: "2025-12-22", pageNumber: 1, pageName: "要闻", publish: true, release: false },
      SYSTEM_IMPORT,
    );
    const now = new Date();
    await getDb().issue.update({ where: { id: scheduled.issueId }, data: { releasedAt: new Date(now.getTime() + DAY) } });
    await expectRule(now);
    await expectRule(new Date(now.getTime() + 2 * DAY));
    const pagedPerson = await getDb().contributor.findFirstOrThrow({ where: { name: PAGED.name } });
    expect((await byList(pagedPerson.id, now)).pageCount).toBe(2);

    // import --replace publishes new snapshots of the page's stories.
    await importPage(
      parsePageText(await readPageFile(SEED_FILE)),
      { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻", publish: true, release: true, replace: true },
      SYSTEM_IMPORT,
    );
    await expectRule(new Date());

    // Republish, unpublish, restore and publish again.
    const storyId = paged.articles[5]?.id ?? 0;
    await republish(storyId, "分页稿件（更新）");
    await expectRule(new Date());
    await unpublishArticle(actor, { articleId: storyId });
    await expectRule(new Date());
    const imported = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: storyId }, orderBy: { id: "asc" } });
    const { version } = await getDb().article.findUniqueOrThrow({ where: { id: storyId }, select: { version: true } });
    await restoreRevision(actor, { articleId: storyId, revisionId: imported.id, baseVersion: version });
    await getDb().$transaction((tx) => publishCurrentVersion(tx, storyId));
    await expectRule(new Date());

    // Releasing the unreleased issue dates its stories and shows them.
    const unreleased = await getDb().articleSnapshot.findFirstOrThrow({ where: { articleId: unreleasedId }, select: { issueId: true } });
    await getDb().$transaction((tx) => releaseIssueInTransaction(tx, SYSTEM_IMPORT, { issueId: unreleased.issueId as number }));
    await expectRule(new Date());

    // A merge moves the person's stories to the survivor (and the scheduled issue comes out meanwhile).
    const wrong = await getDb().contributor.findFirstOrThrow({ where: { name: "草稿记者" } });
    const right = await getDb().contributor.findFirstOrThrow({ where: { name: REPORTER.name } });
    await mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id });
    await expectRule(new Date());
    await expectRule(new Date(now.getTime() + 2 * DAY));

    // Direct SQL: an older version made live again, bylines, dates and issues rewritten, rows deleted.
    const older = (await getDb().articleSnapshot.findFirstOrThrow({ where: { articleId: storyId, live: false }, select: { id: true } })).id;
    await getDb().$executeRaw`UPDATE "Article" SET "liveSnapshotId" = ${older} WHERE "id" = ${storyId}`;
    await expectRule(new Date());
    const moved = paged.articles[1]?.id ?? 0;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "readerPublishedAt" = "readerPublishedAt" + interval '3 days' WHERE "articleId" = ${moved}`;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "contributorIds" = array_append("contributorIds", ${wrong.id})
      WHERE "articleId" = ${paged.articles[2]?.id ?? 0}`;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "contributorIds" = '{}' WHERE "articleId" = ${paged.articles[3]?.id ?? 0}`;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "issueId" = ${scheduled.issueId} WHERE "articleId" = ${paged.articles[6]?.id ?? 0}`;
    await getDb().$executeRaw`UPDATE "ArticleSnapshot" SET "issueId" = NULL WHERE "articleId" = ${paged.articles[7]?.id ?? 0}`;
    await expectRule(new Date());
    await expectRule(new Date(now.getTime() + 2 * DAY));
    expect((await byList(pagedPerson.id, new Date())).ids[0]).toBe(moved);
    await getDb().$executeRaw`UPDATE "Article" SET "liveSnapshotId" = NULL WHERE "id" = ${seed?.articles[0]?.id ?? 0}`;
    await getDb().$executeRaw`DELETE FROM "ArticleSnapshot" WHERE "articleId" = ${seed?.articles[0]?.id ?? 0}`;
    await getDb().$executeRaw`DELETE FROM "ArticleSnapshot" WHERE "id" = ${(await liveSnapshotOf(paged.articles[8]?.id ?? 0)) ?? 0}`;
    await expectRule(new Date());
  });

  it("is counted and paged from the side table's index in list order", async () => {
    const rows = await getDb().$queryRaw<Array<{ definition: string }>>`
      SELECT pg_get_indexdef(ix.indexrelid) AS definition FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid
      WHERE t.relname = 'LiveByline' AND NOT ix.indisprimary`;
    expect(rows.map((row) => row.definition)).toEqual([
      expect.stringContaining(`("contributorId", "readerPublishedAt" DESC NULLS LAST, "snapshotId" DESC, "issueId")`),
    ]);
  });

  it("empties with the snapshots, which TRUNCATE does without row triggers", async () => {
    await importReaderFixtures();
    expect(await getDb().liveByline.count()).toBeGreaterThan(0);
    expect(await getDb().contributorLiveDelta.count()).toBeGreaterThan(0);
    expect(await getDb().listLiveDelta.count()).toBeGreaterThan(0);
    await getDb().$executeRawUnsafe(`TRUNCATE "ArticleSnapshot" CASCADE`);
    expect(await getDb().liveByline.count()).toBe(0);
    expect(await getDb().contributorLiveDelta.count()).toBe(0);
    expect(await getDb().listLiveDelta.count()).toBe(0);
  });
});

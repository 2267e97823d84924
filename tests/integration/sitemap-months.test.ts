// The sitemap index (/sitemap.xml) lists every month with something a search engine may index, each with
// its latest change. It reads its own index on expressions (migration 20261202100000_sitemap_index_months);
// this compares it with the reader's rule applied in the app, row by row, through releases, corrections,
// web-only stories (one at a month's boundary in Asia/Shanghai), unpublishing, another publication's
// issues, a month whose newest change is hidden, and a release still to come.
import { describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { createIssue } from "@/lib/issues/create-issue";
import { todayInNewsroom } from "@/lib/issues/issue-date";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { getSitemapMonths, type TSitemapMonth } from "@/lib/reader/get-sitemap-entries";
import { releasedPaperIssueWhere, visibleSnapshotWhere } from "@/lib/reader/visibility";
import { createTestUser, createWebStory } from "../helpers/factories";
import { page, story } from "../helpers/pages";

type TActor = Awaited<ReturnType<typeof createTestUser>>["actor"];

/** The plain rule, in the app: released issues of the paper by their date, visible stories by theirs. */
async function expectedMonths(now: Date): Promise<TSitemapMonth[]> {
  const db = getDb();
  const latest = new Map<string, number>();
  const add = (month: string, at: Date) => latest.set(month, Math.max(latest.get(month) ?? 0, at.getTime()));
  const issues = await db.issue.findMany({ where: releasedPaperIssueWhere(now), select: { id: true, date: true, releasedAt: true, updatedAt: true } });
  const paperIssues = new Map(issues.map((issue) => [issue.id, issue.date.toISOString().slice(0, 7)]));
  for (const issue of issues) add(issue.date.toISOString().slice(0, 7), issue.releasedAt ?? issue.updatedAt);
  const stories = await db.articleSnapshot.findMany({
    where: visibleSnapshotWhere(now),
    select: { issueId: true, publishedAt: true, readerModifiedAt: true },
  });
  for (const snapshot of stories) {
    const month = snapshot.issueId === null ? todayInNewsroom(snapshot.publishedAt).slice(0, 7) : paperIssues.get(snapshot.issueId);
    if (month) add(month, snapshot.readerModifiedAt ?? snapshot.publishedAt);
  }
  return [...latest].sort(([a], [b]) => b.localeCompare(a)).map(([month, at]) => ({ month, lastModified: new Date(at).toISOString() }));
}

async function correct(actor: TActor, articleId: number, headline: string) {
  const current = await getEditableArticle(articleId);
  const saved = await saveArticle(actor, { articleId, baseVersion: current.version, mode: "save", draft: { ...current.draft, headline } });
  await publishArticle(actor, { articleId, baseVersion: saved.version });
}

describe("the sitemap index", () => {
  it("lists each month with its latest visible change, exactly as the reader's rule says", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const db = getDb();
    const march = await importPage(
      page(story({ headline: "三月一日的头条" }), story({ headline: "三月一日的另一条" })),
      { issueDate: "2024-03-01", pageNumber: 1, publish: true, release: true },
      SYSTEM_IMPORT,
    );
    await importPage(page(story({ headline: "三月十五日的消息" })), { issueDate: "2024-03-15", pageNumber: 1, publish: true, release: true }, SYSTEM_IMPORT);
    // A released issue with no story yet still has pages to index.
    const june = await createIssue(actor, { date: "2024-06-01", number: 100, pages: [{ name: "要闻" }] });
    const juneRelease = new Date("2024-06-01T05:00:00+08:00");
    await db.$transaction((tx) => releaseIssueInTransaction(tx, SYSTEM_IMPORT, { issueId: june.id, at: juneRelease }));
    // A March issue published but not released: nothing of it is indexed.
    const hidden = await importPage(
      page(story({ headline: "三月二十日尚未出版的消息" })),
      { issueDate: "2024-03-20", pageNumber: 1, publish: true },
      SYSTEM_IMPORT,
    );
    // Tomorrow's paper, published but not released: nothing of it is indexed.
    await importPage(page(story({ headline: "尚未出版的消息" })), { issueDate: "2025-12-21", pageNumber: 1, publish: true }, SYSTEM_IMPORT);
    // A story printed in another publication's released issue is not in this paper's sitemaps.
    const other = await db.publication.create({ data: { slug: "weekend", name: "周末版" } });
    const otherIssue = await db.issue.create({
      data: { publicationId: other.id, date: new Date("2023-07-01"), number: 1, releasedAt: new Date("2023-07-01T05:00:00+08:00") },
    });
    const moved = await importPage(
      page(story({ headline: "周末版的消息" })),
      { issueDate: "2023-07-02", pageNumber: 1, publish: true, release: true },
      SYSTEM_IMPORT,
    );
    await db.$executeRaw`UPDATE "ArticleSnapshot" SET "issueId" = ${otherIssue.id} WHERE "issueId" = ${moved.issueId}`;
    await db.issue.update({ where: { id: moved.issueId }, data: { releasedAt: null } });

    const before = await getSitemapMonths();
    expect(before).toEqual(await expectedMonths(new Date()));
    expect(before.map((m) => m.month)).toEqual(["2024-06", "2024-03"]);
    expect(before[0]?.lastModified).toBe(juneRelease.toISOString());
    // March's latest change is its later issue's release (05:00 Asia/Shanghai on 2024-03-15).
    expect(before[1]?.lastModified).toBe("2024-03-14T21:00:00.000Z");

    // A correction of a March story, and a web-only story today.
    await correct(actor, march.articles[0]?.id as number, "三月一日的头条（更正）");
    const { id: webId } = await createWebStory(actor, "网络首发的消息");
    // Then, later still, a correction of a story in a March issue not released yet: the newest change of
    // the month, which the sitemap index must walk past to the newest one readers can see.
    await correct(actor, hidden.articles[0]?.id as number, "三月二十日尚未出版的消息（更正）");
    const after = await getSitemapMonths();
    expect(after).toEqual(await expectedMonths(new Date()));
    const thisMonth = todayInNewsroom().slice(0, 7);
    expect(after.map((m) => m.month)).toEqual([thisMonth, "2024-06", "2024-03"]);
    const corrected = await db.articleSnapshot.findFirstOrThrow({ where: { articleId: march.articles[0]?.id, live: true } });
    expect(after[2]?.lastModified).toBe(corrected.readerModifiedAt?.toISOString());

    // A web-only story belongs to the month it went online in Asia/Shanghai: 01:00 on 1 May there.
    const boundary = new Date("2024-04-30T17:00:00Z");
    await db.$executeRaw`UPDATE "ArticleSnapshot" SET "publishedAt" = ${boundary}, "readerPublishedAt" = ${boundary}, "readerModifiedAt" = ${boundary}
      WHERE "articleId" = ${webId} AND "live"`;
    const may = await getSitemapMonths();
    expect(may).toEqual(await expectedMonths(new Date()));
    expect(may.map((m) => m.month)).toEqual(["2024-06", "2024-05", "2024-03"]);
    expect(may[1]?.lastModified).toBe(boundary.toISOString());

    // Unpublished, the web-only story takes its month with it.
    await unpublishArticle(actor, { articleId: webId });
    expect((await getSitemapMonths()).map((m) => m.month)).toEqual(["2024-06", "2024-03"]);

    // A release scheduled for later counts from its time on, not before.
    const later = new Date(Date.now() + 3600 * 1000);
    const tomorrow = await db.issue.findFirstOrThrow({ where: { date: new Date("2025-12-21") } });
    await db.issue.update({ where: { id: tomorrow.id }, data: { releasedAt: later } });
    expect((await getSitemapMonths()).map((m) => m.month)).toEqual(["2024-06", "2024-03"]);
    const afterRelease = new Date(later.getTime() + 1000);
    const released = await getSitemapMonths(afterRelease);
    expect(released).toEqual(await expectedMonths(afterRelease));
    expect(released.map((m) => m.month)).toEqual(["2025-12", "2024-06", "2024-03"]);

    // What the index relies on: every live story's "searchDate" is its issue's date, or its day online.
    const [disagreeing] = await db.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS count FROM "ArticleSnapshot" s LEFT JOIN "Issue" i ON i."id" = s."issueId"
      WHERE s."live" AND s."searchDate" IS DISTINCT FROM coalesce(i."date", (s."publishedAt" AT TIME ZONE 'Asia/Shanghai')::date)`;
    expect(disagreeing?.count).toBe(0);
  });
});

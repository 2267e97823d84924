// A printed story is dated by its issue: an imported archive keeps its own dates in the story page, JSON-LD,
// feed and sitemaps, a story read online before its issue keeps its first online publication, and only a
// later correction moves dateModified. Old databases are re-dated by a one-off command.
import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { todayInNewsroom } from "@/lib/issues/issue-date";
import { redateImportedIssues } from "@/lib/issues/redate-imported-issues";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getLatestStories } from "@/lib/reader/get-latest-stories";
import { getNewsSitemapStories, getSitemapEntries } from "@/lib/reader/get-sitemap-entries";
import { newsArticleLd } from "@/lib/reader/news-article-ld";
import { createTestUser } from "../helpers/factories";
import { page, story } from "../helpers/pages";

const HOUR = 3600 * 1000;

/** Today's paper, released an hour ago, with two stories. */
async function importToday() {
  const today = todayInNewsroom();
  return importPage(
    page(story({ headline: "今天的头条" }), story({ headline: "今天的第二条" })),
    { issueDate: today, pageNumber: 1, pageName: "要闻", publish: true, release: true, releasedAt: new Date(Date.now() - HOUR) },
    SYSTEM_IMPORT,
  );
}

async function importArchiveMonth(options: { releasedAt?: Date } = {}) {
  for (const day of ["2024-03-01", "2024-03-02", "2024-03-03"]) {
    await importPage(
      page(story({ headline: `${day} 的旧闻` }), story({ headline: `${day} 的另一条旧闻` })),
      { issueDate: day, pageNumber: 1, pageName: "要闻", publish: true, release: true, releasedAt: options.releasedAt ?? null },
      SYSTEM_IMPORT,
    );
  }
}

const headlines = async () => (await getLatestStories(2)).map((summary) => summary.content.headline);

describe("an imported archive", () => {
  it("is dated by its issue's release, 05:00 Asia/Shanghai on the issue date, everywhere readers look", async () => {
    const imported = await importPage(
      page(story({ headline: "旧报纸上的消息" })),
      { issueDate: "2024-03-01", pageNumber: 1, publish: true, release: true },
      SYSTEM_IMPORT,
    );
    const id = imported.articles[0]?.id as number;
    const expected = new Date("2024-03-01T05:00:00+08:00");
    const { view } = await getArticleView(id);
    expect(view?.datePublished).toEqual(expected);
    expect(view?.dateModified).toEqual(expected);
    const ld = newsArticleLd(view as NonNullable<typeof view>, "");
    expect([ld.datePublished, ld.dateModified]).toEqual([expected.toISOString(), expected.toISOString()]);
    expect((await getLatestStories())[0]?.datePublished).toEqual(expected);
    expect((await getSitemapEntries("2024-03")).find((entry) => entry.path.startsWith(`/articles/${id}`))?.lastModified).toEqual(expected.toISOString());
    // Not news any more: the News sitemap lists only the last two days.
    expect(await getNewsSitemapStories()).toEqual([]);
  });

  it("does not push today's stories out of the feed", async () => {
    await importToday();
    const before = await headlines();
    await importArchiveMonth();
    expect(await headlines()).toEqual(before);
    expect([...before].sort()).toEqual(["今天的头条", "今天的第二条"].sort());
  });
});

describe("a story's reader dates", () => {
  it("keeps the first online publication of a story read online before its issue", async () => {
    const { actor } = await createTestUser();
    const { id } = await createArticle(actor, { kind: "news", headline: "网络首发的消息" });
    const created = await getEditableArticle(id);
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "先在网上发布。" }] }] };
    const saved = await saveArticle(actor, { articleId: id, baseVersion: created.version, mode: "save", draft: { ...created.draft, body } });
    await publishArticle(actor, { articleId: id, baseVersion: saved.version });
    const online = (await getArticleView(id)).view?.datePublished as Date;
    // In the sitemap of the month it went online (Asia/Shanghai), with its time to the millisecond.
    const onlineMonth = todayInNewsroom(online).slice(0, 7);
    const listed = async (month: string) => (await getSitemapEntries(month)).find((entry) => entry.path.startsWith(`/articles/${id}-`));
    expect((await listed(onlineMonth))?.lastModified).toBe(online.toISOString());

    // Then printed in tomorrow's paper, released later.
    const imported = await importPage(page(story({ headline: "同版的另一条" })), { issueDate: "2025-12-21", pageNumber: 1, publish: true }, SYSTEM_IMPORT);
    const placed = await saveArticle(actor, {
      articleId: id,
      baseVersion: saved.version + 0,
      mode: "save",
      draft: { ...saved.draft, pageId: imported.pageId },
    });
    await publishArticle(actor, { articleId: id, baseVersion: placed.version });
    await getDb().$transaction((tx) => releaseIssueInTransaction(tx, SYSTEM_IMPORT, { issueId: imported.issueId, at: new Date() }));
    const { view } = await getArticleView(id);
    expect(view?.datePublished).toEqual(online);
    expect(view?.content.placement?.issueDate).toBe("2025-12-21");
    // Printed now: listed with its issue's month, no longer with the month it went online.
    expect((await listed("2025-12"))?.lastModified).toBe(view?.dateModified.toISOString());
    expect(await listed(onlineMonth)).toBeUndefined();
  });

  it("moves dateModified only when a published version changes after readers had the story", async () => {
    const imported = await importPage(
      page(story({ headline: "要更正的消息" })),
      { issueDate: "2024-05-06", pageNumber: 1, publish: true, release: true },
      SYSTEM_IMPORT,
    );
    const id = imported.articles[0]?.id as number;
    const release = new Date("2024-05-06T05:00:00+08:00");
    expect((await getArticleView(id)).view?.dateModified).toEqual(release);

    const { actor } = await createTestUser();
    const current = await getEditableArticle(id);
    const corrected = await saveArticle(actor, {
      articleId: id,
      baseVersion: current.version,
      mode: "save",
      draft: { ...current.draft, headline: "更正后的消息" },
    });
    await publishArticle(actor, { articleId: id, baseVersion: corrected.version });
    const { view } = await getArticleView(id);
    expect(view?.datePublished).toEqual(release);
    expect(view?.dateModified.getTime()).toBeGreaterThan(Date.now() - HOUR);
  });
});

describe("re-dating a database imported with the import time", () => {
  it("gives imported issues their own release time, records it, and leaves the feed's newest items as they were", async () => {
    await importToday();
    const newest = await headlines();
    // As the importer used to do: the archive released at the moment of the import floods the feed.
    await importArchiveMonth({ releasedAt: new Date() });
    expect(await headlines()).not.toEqual(newest);

    const redated = await getDb().$transaction((tx) => redateImportedIssues(tx, SYSTEM_IMPORT));
    expect(redated.map((issue) => [issue.issueDate, issue.to])).toEqual([
      ["2024-03-01", new Date("2024-03-01T05:00:00+08:00").toISOString()],
      ["2024-03-02", new Date("2024-03-02T05:00:00+08:00").toISOString()],
      ["2024-03-03", new Date("2024-03-03T05:00:00+08:00").toISOString()],
    ]);
    expect(await headlines()).toEqual(newest);
    expect(await getDb().auditEvent.count({ where: { action: "issue.redated" } })).toBe(3);
    // Today's issue was released on time and is left alone; a second run finds nothing to do.
    expect(await getDb().$transaction((tx) => redateImportedIssues(tx, SYSTEM_IMPORT))).toEqual([]);
  });
});

// Reader queries against real PostgreSQL: what each reader surface shows, in print order, and that no
// draft, unreleased issue or unpublished edit reaches any of them.

import { beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { issueDateToDb } from "@/lib/issues/issue-date";
import { getArchiveMonth, getLatestIssueMonth } from "@/lib/reader/get-archive-month";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getIssueView } from "@/lib/reader/get-issue-view";
import { getLatestStories } from "@/lib/reader/get-latest-stories";
import { getListIndex } from "@/lib/reader/get-list-index";
import { getPageView } from "@/lib/reader/get-page-view";
import { getNewsSitemapStories, getSitemapEntries, getSitemapMonths } from "@/lib/reader/get-sitemap-entries";
import { getStoryList, STORIES_PER_PAGE } from "@/lib/reader/get-story-list";
import { getStoryNeighbours } from "@/lib/reader/get-story-neighbours";
import { tagsForChange } from "@/lib/reader-change/cache-tags";
import { readerChangeOf } from "@/lib/reader-change/reader-change-of";
import { page, story } from "../helpers/pages";
import { expectNoLeak, importReaderFixtures, LISTED_COLUMN, LISTED_REPORTER, LISTED_SECTION_SLUG } from "./reader-fixtures";

let fixtures: Awaited<ReturnType<typeof importReaderFixtures>>;
beforeEach(async () => {
  fixtures = await importReaderFixtures();
});

const SOCIAL_SECURITY = "扩面有力度 服务有温度 监管有硬度";

describe("the front page and the issue", () => {
  it("shows page 1 of the latest released issue in print order, tagged with what it shows", async () => {
    const { front, tags } = await getFrontPageView();
    expect(front?.issue.date).toBe("2025-12-20");
    expect(front?.pages.map((p) => [p.number, p.name])).toEqual([
      [1, "要闻"],
      [2, "综合"],
      [3, "民生"],
      [4, null],
    ]);
    expect(front?.stories.map((s) => s.content.headline)).toEqual([
      "市委理论学习中心组举行扩大学习会",
      SOCIAL_SECURITY,
      "家门口的幸福“食”光",
      "竞逐“北斗”新赛道 打造产业新高地",
      "晋中特色产品亮相2025世界绿发会暨中国绿博会",
      "",
    ]);
    expect(tags).toContain("latest");
    // Republishing or unpublishing any story shown here notifies at least one of the page's tags.
    for (const story of front?.stories ?? []) {
      const notified = tagsForChange(readerChangeOf(story.articleId, [story.content]));
      expect(notified.filter((tag) => tag !== "latest" && tags.includes(tag)).length, story.content.headline).toBeGreaterThan(0);
    }
    expectNoLeak({ front, tags }, expect);
  });

  it("lists every headline by page, with page 4 carrying the two continuations", async () => {
    const { view } = await getIssueView("2025-12-20");
    if (view.kind !== "issue") throw new Error("expected the issue");
    const page4 = view.pages.find((p) => p.number === 4);
    expect(page4?.headlines.map((h) => [h.headline, h.sequence])).toEqual([
      [SOCIAL_SECURITY, 1],
      ["家门口的幸福“食”光", 1],
    ]);
    // Neither continuation has text yet: the contents say so rather than promise a part that is not there.
    expect(page4?.headlines.map((h) => h.hasText)).toEqual([false, false]);
    expect(view.pages.find((p) => p.number === 1)?.headlines.every((h) => h.hasText)).toBe(true);
    expect(view.pages.find((p) => p.number === 2)?.headlines).toEqual([]);
    expectNoLeak(view, expect);
  });

  it("says there was no paper on a day without a released issue and links the nearest ones", async () => {
    const { view, tags } = await getIssueView("2025-12-21");
    expect(view).toEqual({ kind: "no-issue", date: "2025-12-21", previous: "2025-12-20", next: null });
    expect(tags).toEqual(["latest"]);
    expect((await getIssueView("2025-12-01")).view).toMatchObject({ kind: "no-issue", previous: null, next: "2025-12-20" });
  });

  it("gives a page with its neighbours and nothing for pages of an unreleased issue", async () => {
    const { view } = await getPageView("2025-12-20", 4);
    expect(view?.page).toMatchObject({ number: 4, name: null });
    expect(view?.previous?.number).toBe(3);
    expect(view?.next).toBeNull();
    // Page 4 carries two continuations without text yet: named (so the page can say why), never listed bare.
    expect(view?.stories).toEqual([]);
    expect(view?.pending.map((s) => s.headline)).toEqual([SOCIAL_SECURITY, "家门口的幸福“食”光"]);
    expect(view?.pending[0]?.href).toMatch(/^\/articles\/\d+-/);
    expect((await getPageView("2025-12-20", 3)).view?.stories.map((s) => s.content.headline)).toEqual(["已发布的原标题"]);
    expect((await getPageView("2025-12-21", 1)).view).toBeNull();
    expect((await getPageView("2025-12-20", 9)).view).toBeNull();
  });

  it("links 上一期/下一期 to released issues only, from the front, the issue and each page", async () => {
    const before = await getPageView("2025-12-20", 4);
    // 2025-12-21 exists but is not released: readers get no link to it.
    expect(before.view?.adjacentIssues).toEqual({ previous: null, next: null });
    // Releasing another issue carries only "latest" (and its own tags), so the views carry it too.
    expect(before.tags).toContain("latest");
    expect((await getIssueView("2025-12-20")).tags).toContain("latest");
    await getDb().issue.updateMany({ where: { date: issueDateToDb("2025-12-21") }, data: { releasedAt: new Date(Date.now() - 60_000) } });
    expect((await getPageView("2025-12-20", 4)).view?.adjacentIssues).toEqual({ previous: null, next: "2025-12-21" });
    const issue = (await getIssueView("2025-12-21")).view;
    expect(issue.kind === "issue" && issue.adjacentIssues).toEqual({ previous: "2025-12-20", next: null });
    const { front } = await getFrontPageView();
    expect(front?.issue.date).toBe("2025-12-21");
    expect(front?.adjacentIssues).toEqual({ previous: "2025-12-20", next: null });
  });

  it("builds the archive calendar from released issues only", async () => {
    const { archive } = await getArchiveMonth("2025-12");
    expect(archive).toEqual({ month: "2025-12", issueDates: ["2025-12-20"], previousMonth: null, nextMonth: null });
    expect(await getLatestIssueMonth()).toBe("2025-12");
    expect((await getArchiveMonth("2025-11")).archive.nextMonth).toBe("2025-12");
  });
});

describe("a story", () => {
  it("is the live snapshot, with both parts and its dates", async () => {
    const { front } = await getFrontPageView();
    const id = front?.stories[1]?.articleId ?? 0;
    const { view, tags } = await getArticleView(id);
    expect(view?.content.placement?.parts.map((p) => p.pageNumber)).toEqual([1, 4]);
    expect(view?.canonicalPath).toBe(`/articles/${id}-${encodeURIComponent("扩面有力度-服务有温度-监管有硬度")}`);
    expect(view?.dateModified.getTime()).toBeGreaterThanOrEqual(view?.datePublished.getTime() ?? Infinity);
    expect(tags).toContain(`article:${id}`);
  });

  it("is not there as a draft, in an unreleased issue, or as an unpublished edit", async () => {
    expect((await getArticleView(fixtures.draftId)).view).toBeNull();
    expect((await getArticleView(fixtures.unreleasedId)).view).toBeNull();
    const edited = await getArticleView(fixtures.editedId);
    expect(edited.view?.content.headline).toBe("已发布的原标题");
    expectNoLeak(edited, expect);
    // A missing story's render must be dropped when it is published or its issue released.
    expect((await getArticleView(fixtures.unreleasedId)).tags).toContain("latest");
  });

  it("appears once its issue is released", async () => {
    await getDb().issue.updateMany({ where: { date: new Date("2025-12-21T00:00:00Z") }, data: { releasedAt: new Date() } });
    expect((await getArticleView(fixtures.unreleasedId)).view?.content.headline).toBe("未出版期标题");
  });
});

describe("the end of a story", () => {
  it("links 上一篇/下一篇 on its page in print order and 返回本版, tagged with that page", async () => {
    const { front } = await getFrontPageView();
    const story = front?.stories.find((s) => s.content.headline === SOCIAL_SECURITY);
    if (!story) throw new Error("expected the social-security story on the front page");
    const { neighbours, tags } = await getStoryNeighbours(story.articleId, story.content);
    expect(neighbours?.previous?.headline).toBe("市委理论学习中心组举行扩大学习会");
    expect(neighbours?.next?.headline).toBe("家门口的幸福“食”光");
    expect(neighbours?.next?.href).toMatch(/^\/articles\/\d+-/);
    expect(neighbours?.page).toEqual({ label: "第01版 要闻", href: `/issues/2025-12-20/1#article-${story.articleId}` });
    expect(tags).toEqual([`page:${story.content.placement?.parts[0]?.pageId}`]);
    const first = front?.stories[0];
    if (!first) throw new Error("expected a first story");
    expect((await getStoryNeighbours(first.articleId, first.content)).neighbours?.previous).toBeNull();
    // A web-only story is on no page.
    expect((await getStoryNeighbours(story.articleId, { ...story.content, placement: null })).neighbours).toBeNull();
  });

  it("leaves continuations without text out of 上一篇/下一篇, as the page leaves them out of its list", async () => {
    // Page 4 carries two continuations without text; a story of its own joins them.
    const imported = await importPage(page(story({ headline: "第四版自己的稿件" })), { issueDate: "2025-12-20", pageNumber: 4, publish: true }, SYSTEM_IMPORT);
    const id = imported.articles[0]?.id as number;
    const { view: pageView } = await getPageView("2025-12-20", 4);
    expect(pageView?.stories.map((s) => s.content.headline)).toEqual(["第四版自己的稿件"]);
    expect(pageView?.pending).toHaveLength(2);
    const { view } = await getArticleView(id);
    if (!view) throw new Error("expected the new story to be visible");
    const { neighbours } = await getStoryNeighbours(id, view.content);
    expect(neighbours?.page.label).toBe("第04版");
    expect([neighbours?.previous, neighbours?.next]).toEqual([null, null]);
  });
});

describe("lists, feed and sitemaps", () => {
  it("lists a column's and a person's published stories and hides names that exist only in drafts", async () => {
    const { front } = await getFrontPageView();
    const beidou = front?.stories[3]?.content;
    const column = await getStoryList({ kind: "column", slug: beidou?.column?.slug ?? "" }, 1);
    expect(column.list).toMatchObject({ name: "民间投资重点项目巡礼", total: 1, pageCount: 1 });
    const reporter = beidou?.bylines[0]?.contributorId ?? 0;
    expect((await getStoryList({ kind: "byline", contributorId: reporter }, 1)).list?.stories.map((s) => s.content.headline)).toEqual([
      "竞逐“北斗”新赛道 打造产业新高地",
    ]);
    expect((await getStoryList({ kind: "byline", contributorId: reporter }, 2)).list).toBeNull();
    const draftColumn = await getDb().column.findUniqueOrThrow({ where: { name: "草稿栏目" } });
    expect((await getStoryList({ kind: "column", slug: draftColumn.slug }, 1)).list).toBeNull();
    const draftPerson = await getDb().contributor.findFirstOrThrow({ where: { name: "草稿记者" } });
    expect((await getStoryList({ kind: "byline", contributorId: draftPerson.id }, 1)).list).toBeNull();
  });

  it("indexes /columns, /sections and /bylines by visible stories only", async () => {
    const columns = await getListIndex("column");
    const names = columns.entries.map((e) => e.name);
    expect(names).toContain(LISTED_COLUMN);
    expect(columns.entries.find((e) => e.name === "民间投资重点项目巡礼")).toMatchObject({ count: 1, href: expect.stringMatching(/^\/columns\//) });
    expect(columns.tags).toContain("latest");
    const bylines = await getListIndex("byline");
    expect(bylines.entries.map((e) => e.name)).toContain(LISTED_REPORTER);
    expect((await getListIndex("section")).entries.map((e) => e.href)).toContain(`/sections/${LISTED_SECTION_SLUG}`);
    expectNoLeak([columns, bylines, await getListIndex("section")], expect);
  });

  it("keeps drafts filed under a listed column, person or section out of their lists", async () => {
    const headlines = async (filter: Parameters<typeof getStoryList>[0]) => (await getStoryList(filter, 1)).list?.stories.map((s) => s.content.headline);
    const column = await getDb().column.findUniqueOrThrow({ where: { name: LISTED_COLUMN } });
    expect(await headlines({ kind: "column", slug: column.slug })).toEqual(["家门口的幸福“食”光"]);
    const person = await getDb().contributor.findFirstOrThrow({ where: { name: LISTED_REPORTER } });
    expect(await headlines({ kind: "byline", contributorId: person.id })).toEqual(["家门口的幸福“食”光"]);
    // The section's story as published, not its saved edit; the draft filed there is absent.
    expect(await headlines({ kind: "section", slug: LISTED_SECTION_SLUG })).toEqual(["已发布的原标题"]);
  });

  it("paginates newest first", async () => {
    const { importPage } = await import("@/lib/import/import-page");
    const { page, story } = await import("../helpers/pages");
    for (let day = 1; day <= STORIES_PER_PAGE + 1; day += 1) {
      const date = `2025-11-${String(day).padStart(2, "0")}`;
      await importPage(
        page(story({ headline: `十一月${day}日消息`, bylines: [{ name: "分页记者", role: "reporter", affiliation: "本报" }] })),
        { issueDate: date, pageNumber: 1, publish: true, release: true },
        { kind: "system", source: "import" },
      );
    }
    const person = await getDb().contributor.findFirstOrThrow({ where: { name: "分页记者" } });
    const first = await getStoryList({ kind: "byline", contributorId: person.id }, 1);
    expect(first.list?.pageCount).toBe(2);
    expect(first.list?.stories[0]?.content.headline).toBe(`十一月${STORIES_PER_PAGE + 1}日消息`);
    const second = await getStoryList({ kind: "byline", contributorId: person.id }, 2);
    expect(second.list?.stories.map((s) => s.content.headline)).toEqual(["十一月1日消息"]);
    // A later page is named as the list's newest story names the person, like the first.
    expect([first.list?.name, second.list?.name]).toEqual(["分页记者", "分页记者"]);
  });

  it("never puts a draft, an unreleased story or an unpublished edit into the feed or the sitemaps", async () => {
    const latest = await getLatestStories();
    expect(latest.map((s) => s.content.headline)).toContain(SOCIAL_SECURITY);
    expect(latest).toHaveLength(7);
    expectNoLeak(latest, expect);
    // One sitemap per month; the unreleased 2025-12-21 issue adds nothing to December's.
    const months = await getSitemapMonths();
    expect(months.map((m) => m.month)).toEqual(["2025-12"]);
    const sitemap = await getSitemapEntries("2025-12");
    expect(sitemap.map((e) => e.path)).toContain("/issues/2025-12-20/4");
    expect(sitemap.map((e) => e.path)).toContain(`/articles/${fixtures.editedId}-${encodeURIComponent("已发布的原标题")}`);
    expect(await getSitemapEntries("2025-11")).toEqual([]);
    expect(sitemap.some((e) => e.path.startsWith(`/articles/${fixtures.draftId}-`) || e.path.startsWith(`/articles/${fixtures.unreleasedId}-`))).toBe(false);
    expect(sitemap.some((e) => e.path.includes("2025-12-21"))).toBe(false);
    expectNoLeak(
      sitemap.map((e) => decodeURIComponent(e.path)),
      expect,
    );
    // As if it were the morning after the paper came out (released at 6:00 on its day).
    await getDb().issue.updateMany({ where: { releasedAt: { not: null } }, data: { releasedAt: new Date("2025-12-20T06:00:00+08:00") } });
    const news = await getNewsSitemapStories(new Date("2025-12-21T10:00:00+08:00"));
    expect(news).toHaveLength(7);
    expectNoLeak(news, expect);
    expect(await getNewsSitemapStories(new Date("2025-12-23T10:00:00+08:00"))).toEqual([]);
  });
});

// The front page's block of web-only stories and the date picker's lookup, on a real PostgreSQL: only what
// readers may see, newest first; a day with a released issue, a day without, and nonsense.
import { describe, expect, it } from "vitest";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { getDb } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { findIssueDay } from "@/lib/reader/find-issue-day";
import { getWebStories } from "@/lib/reader/get-web-stories";
import { createPrintedPage, createTestUser, createWebStory } from "../helpers/factories";

describe("web-only stories for the front page", () => {
  it("lists published web stories newest first, never a draft, an unpublished one or a printed story", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser({ role: "EDITOR" });
    await createWebStory(actor, "较早的网络稿件");
    await createWebStory(actor, "较新的网络稿件");
    await createWebStory(actor, "网络草稿", { publish: false });
    const withdrawn = await createWebStory(actor, "撤下的网络稿件");
    await unpublishArticle(actor, { articleId: withdrawn.id });
    const headlines = (await getWebStories()).map((story) => story.content.headline);
    expect(headlines).toEqual(["较新的网络稿件", "较早的网络稿件"]);
    expect((await getWebStories(1)).map((story) => story.content.headline)).toEqual(["较新的网络稿件"]);
  });
});

describe("the date picker's lookup", () => {
  it("finds the released issue of a day, the nearest ones around a day without, and refuses nonsense", async () => {
    await createPrintedPage({ date: "2025-12-20" });
    const { actor } = await createTestUser({ role: "ADMIN" });
    // A planned issue that is not released is not a paper readers can open.
    await createIssue(actor, { date: "2025-12-22", number: 9, pages: [{ name: "要闻" }] });
    expect(await findIssueDay("2025-12-20")).toEqual({ kind: "issue", date: "2025-12-20" });
    expect(await findIssueDay("2025-12-22")).toEqual({ kind: "no-issue", date: "2025-12-22", previous: "2025-12-20", next: null });
    expect(await findIssueDay("2025-12-01")).toEqual({ kind: "no-issue", date: "2025-12-01", previous: null, next: "2025-12-20" });
    for (const nonsense of ["", "2025-02-30", "20251220", "2025-13-01", "'; DROP TABLE"]) {
      expect(await findIssueDay(nonsense), nonsense).toEqual({ kind: "invalid" });
    }
    expect(await getDb().issue.count()).toBe(2);
  });
});

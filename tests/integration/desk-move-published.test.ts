// Moving a story that readers can already see, from the issue desk: readers follow the move at once when
// the moved version is the one they see, never get unpublished edits with it, and a move that could not be
// published is refused and changes nothing.
import { describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { placeArticle } from "@/lib/articles/place-article";
import { saveArticle } from "@/lib/articles/save-article";
import { takeArticleOffPage } from "@/lib/articles/take-article-off-page";
import { getDb } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getPageView } from "@/lib/reader/get-page-view";
import { createPrintedPage, createTestUser } from "../helpers/factories";

async function readerPageHeadlines(pageNumber: number) {
  const { view } = await getPageView("2025-12-20", pageNumber);
  return view?.stories.filter((story) => story.sequence === 0).map((story) => story.content.headline) ?? [];
}

describe("moving a published story on the desk", () => {
  it("shows readers the move at once when they see the moved version, as a new published snapshot", async () => {
    const { ids, issue } = await createPrintedPage();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const storyId = ids[0] ?? 0;
    const page4 = issue.pages[1]?.id ?? 0;
    const headline = (await getEditableArticle(storyId)).draft.headline;
    expect(await readerPageHeadlines(1)).toContain(headline);
    const snapshotsBefore = await getDb().articleSnapshot.count({ where: { articleId: storyId } });

    const moved = await placeArticle(actor, { articleId: storyId, baseVersion: (await getEditableArticle(storyId)).version, pageId: page4 });

    expect(moved.republished).toBe(true);
    expect(await readerPageHeadlines(1)).not.toContain(headline);
    expect(await readerPageHeadlines(4)).toContain(headline);
    expect(await getDb().articleSnapshot.count({ where: { articleId: storyId } })).toBe(snapshotsBefore + 1);
    expect(await getDb().auditEvent.count({ where: { action: "article.published", entityId: String(storyId) } })).toBe(2);
  });

  it("keeps readers on the published placement, without the unpublished edit, when the story has one", async () => {
    const { ids, issue } = await createPrintedPage();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const storyId = ids[0] ?? 0;
    const page4 = issue.pages[1]?.id ?? 0;
    const editable = await getEditableArticle(storyId);
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "尚未发布的修改" }] }] };
    const saved = await saveArticle(actor, { articleId: storyId, baseVersion: editable.version, mode: "save", draft: { ...editable.draft, body } });

    const moved = await placeArticle(actor, { articleId: storyId, baseVersion: saved.version, pageId: page4 });

    expect(moved.republished).toBe(false);
    expect(await readerPageHeadlines(1)).toContain(editable.draft.headline);
    expect(await readerPageHeadlines(4)).not.toContain(editable.draft.headline);
    expect((await getArticleView(storyId)).view?.plainText).not.toContain("尚未发布的修改");
    expect((await getEditableArticle(storyId)).draft.pageId).toBe(page4);
  });

  it("refuses to move a published story where its 下转 page is missing, naming it, and changes nothing", async () => {
    const { ids } = await createPrintedPage();
    const { actor } = await createTestUser({ role: "ADMIN" });
    // The second story of the printed page jumps to page 4; the other issue has no page 4.
    const storyId = ids[1] ?? 0;
    const other = await createIssue(actor, { date: "2025-12-21", number: 2, pages: [{ name: "要闻" }, { name: "综合" }] });
    const target = await getDb().page.findFirstOrThrow({ where: { issueId: other.id, number: 1 } });
    const before = await getEditableArticle(storyId);

    await expect(placeArticle(actor, { articleId: storyId, baseVersion: before.version, pageId: target.id })).rejects.toThrow(
      /这篇稿件已发布，移动后须同时更新读者看到的版本，但稿件转到第4版/,
    );

    const after = await getEditableArticle(storyId);
    expect(after.version).toBe(before.version);
    expect(after.draft.pageId).toBe(before.draft.pageId);
    expect(await readerPageHeadlines(1)).toContain(before.draft.headline);
  });

  it("takes a published story off its page for readers too: it stays readable as a web story", async () => {
    const { ids } = await createPrintedPage();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const storyId = ids[0] ?? 0;
    const headline = (await getEditableArticle(storyId)).draft.headline;

    const off = await takeArticleOffPage(actor, { articleId: storyId, baseVersion: (await getEditableArticle(storyId)).version });

    expect(off.republished).toBe(true);
    expect(await readerPageHeadlines(1)).not.toContain(headline);
    expect((await getArticleView(storyId)).view?.content.headline).toBe(headline);
  });
});

// Publishing only ever publishes a version someone chose: the importer never publishes the newsroom's
// unpublished edits, never deletes a published story, a publish racing a save snapshots exactly the version
// it names, and a story started in the newsroom can be restored from its first revision.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listRevisions } from "@/lib/articles/list-revisions";
import { publishArticle } from "@/lib/articles/publish-article";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { saveArticle } from "@/lib/articles/save-article";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getLatestStories } from "@/lib/reader/get-latest-stories";
import { createTestUser } from "../helpers/factories";
import { page, story } from "../helpers/pages";

const DATE = "2025-12-21";
const pageOne = page(
  story({ headline: "竞逐新赛道", paragraphs: ["第一版的开头。"], jumpToPage: 4, kind: "feature" }),
  story({ headline: "另一条消息", dateline: "本报讯" }),
);
const pageFour = page(story({ headline: "竞逐“新赛道”", paragraphs: ["第四版的续文。"], jumpFromPage: 1, bylines: [] }));

async function importPageOne(options: { publish?: boolean; replace?: boolean; text?: typeof pageOne } = {}) {
  return importPage(
    options.text ?? pageOne,
    { issueDate: DATE, pageNumber: 1, pageName: "要闻", publish: options.publish ?? true, release: true, replace: options.replace ?? false },
    SYSTEM_IMPORT,
  );
}

describe("import --publish of a continuation page", () => {
  it("leaves a story with unpublished newsroom edits unpublished, says so, and keeps the edits in the draft only", async () => {
    const one = await importPageOne();
    const id = one.articles[0]?.id as number;
    const { actor } = await createTestUser();
    const base = await getEditableArticle(id);
    const body = {
      ...base.draft.body,
      content: [{ type: "paragraph", content: [{ type: "text", text: "编辑未发布的新段落。" }] }, ...base.draft.body.content],
    };
    await saveArticle(actor, { articleId: id, baseVersion: base.version, mode: "save", draft: { ...base.draft, subheadline: "——编辑未发布的副题", body } });

    const four = await importPage(pageFour, { issueDate: DATE, pageNumber: 4, publish: true }, SYSTEM_IMPORT);
    expect(four.warnings.join("\n")).toMatch(new RegExp(`#${id} .*not published`));
    expect(four.articles[0]).toMatchObject({ id, outcome: "continued" });

    // Readers still see exactly what was published before: no edit, no continuation.
    const { view } = await getArticleView(id);
    const shown = JSON.stringify(view);
    expect(shown).not.toContain("编辑未发布");
    expect(shown).not.toContain("第四版的续文");
    expect(JSON.stringify(await getFrontPageView())).not.toContain("编辑未发布");
    expect(JSON.stringify(await getLatestStories())).not.toContain("编辑未发布");
    // The draft has both the editor's edits and the continuation, waiting for an editor to publish.
    const draft = await getEditableArticle(id);
    expect(draft.draft.subheadline).toBe("——编辑未发布的副题");
    expect(JSON.stringify(draft.draft.body)).toContain("第四版的续文");
    expect(await getDb().articleSnapshot.count({ where: { articleId: id } })).toBe(1);
  });

  it("republishes an untouched imported story with exactly the version the import wrote", async () => {
    const one = await importPageOne();
    const id = one.articles[0]?.id as number;
    await importPage(pageFour, { issueDate: DATE, pageNumber: 4, publish: true }, SYSTEM_IMPORT);
    const live = await getDb().article.findUniqueOrThrow({ where: { id }, include: { liveSnapshot: true } });
    expect(live.liveSnapshot?.version).toBe(live.version);
    expect(live.liveSnapshot?.plainText).toContain("第四版的续文");
  });
});

describe("import --replace", () => {
  it("refuses to replace a story an editor published (even unchanged), and keeps it, its id and history", async () => {
    const one = await importPageOne();
    const id = one.articles[0]?.id as number;
    const { actor } = await createTestUser();
    const base = await getEditableArticle(id);
    await publishArticle(actor, { articleId: id, baseVersion: base.version });
    const before = await getDb().article.findUniqueOrThrow({ where: { id }, include: { _count: { select: { snapshots: true, revisions: true } } } });

    await expect(importPageOne({ replace: true })).rejects.toMatchObject({ code: "IMPORTED_STORIES_EDITED" });
    const after = await getDb().article.findUniqueOrThrow({ where: { id }, include: { _count: { select: { snapshots: true, revisions: true } } } });
    expect(after).toEqual(before);
    expect((await getArticleView(id)).view).not.toBeNull();
  });

  it("refuses a new text that drops a story readers have seen, and deletes nothing", async () => {
    const one = await importPageOne();
    const dropped = one.articles[1]?.id as number;
    const onlyFirst = page(story({ headline: "竞逐新赛道", paragraphs: ["第一版的开头。"], jumpToPage: 4, kind: "feature" }));
    await expect(importPageOne({ replace: true, text: onlyFirst })).rejects.toThrow(/never deleted/);
    expect(await getDb().article.count({ where: { id: dropped } })).toBe(1);
  });

  it("removes a dropped story that was never published, and keeps the others' ids", async () => {
    const one = await importPageOne({ publish: false });
    const onlyFirst = page(story({ headline: "竞逐新赛道", paragraphs: ["第一版的新开头。"], jumpToPage: 4, kind: "feature" }));
    const again = await importPageOne({ replace: true, publish: false, text: onlyFirst });
    expect(again.articles.map((article) => article.id)).toEqual([one.articles[0]?.id]);
    expect(again.removedArticleIds).toEqual([one.articles[1]?.id]);
    expect(await getDb().article.count()).toBe(1);
  });

  it("keeps continuation text imported from another page when the front page is re-imported", async () => {
    const one = await importPageOne();
    await importPage(pageFour, { issueDate: DATE, pageNumber: 4, publish: true }, SYSTEM_IMPORT);
    await importPageOne({ replace: true });
    const draft = await getEditableArticle(one.articles[0]?.id as number);
    expect(JSON.stringify(draft.draft.body)).toContain("第四版的续文");
  });
});

describe("a publish racing a save", () => {
  it("waits for the save holding the story and then refuses the stale version: no snapshot or revision shows a version that was never published", async () => {
    const one = await importPageOne({ publish: false });
    const id = one.articles[1]?.id as number;
    const { actor } = await createTestUser();
    const { version } = await getEditableArticle(id);

    // A save in flight: it has claimed the next version and changed the text, but not committed yet.
    const saver = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await saver.connect();
    await saver.query("BEGIN");
    await saver.query(`UPDATE "Article" SET "version" = "version" + 1, "headline" = '并发保存的标题' WHERE "id" = $1`, [id]);
    const publishing = publishArticle(actor, { articleId: id, baseVersion: version }).then(
      () => "published",
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await saver.query("COMMIT");
    await saver.end();

    expect(await publishing).toBe("CONFLICT");
    expect(await getDb().articleSnapshot.count({ where: { articleId: id } })).toBe(0);
    expect((await listRevisions(id)).filter((revision) => revision.reason === "publish")).toEqual([]);
  });

  it("snapshots and labels exactly the version it names", async () => {
    const one = await importPageOne({ publish: false });
    const id = one.articles[1]?.id as number;
    const { actor } = await createTestUser();
    const base = await getEditableArticle(id);
    const published = await publishArticle(actor, { articleId: id, baseVersion: base.version });
    const snapshot = await getDb().articleSnapshot.findUniqueOrThrow({ where: { id: published.snapshotId } });
    const revision = (await listRevisions(id)).find((candidate) => candidate.reason === "publish");
    expect(snapshot.version).toBe(base.version);
    expect(revision?.version).toBe(base.version);
    expect(ZArticleContent.parse(snapshot.content).headline).toBe(base.draft.headline);
    await expect(publishArticle(actor, { articleId: id, baseVersion: base.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("a story started in the newsroom", () => {
  it("has a valid body from the start: its first revision can be restored", async () => {
    const { actor } = await createTestUser();
    const { id } = await createArticle(actor, { kind: "news", headline: "新稿" });
    const created = await getEditableArticle(id);
    const saved = await saveArticle(actor, {
      articleId: id,
      baseVersion: created.version,
      mode: "save",
      draft: { ...created.draft, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "正文。" }] }] } },
    });
    const first = (await listRevisions(id)).at(-1);
    const restored = await restoreRevision(actor, { articleId: id, revisionId: first?.id as number, baseVersion: saved.version });
    expect(restored.draft.body).toEqual(created.draft.body);
  });
});

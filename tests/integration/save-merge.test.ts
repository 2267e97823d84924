// Two editors saving one story from the same version: the second save is merged three-way with the first
// (block by block, field by field) and succeeds unless both changed the same block or field; then it is
// refused with those blocks and nothing is written. Against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { getEditableArticle, type TEditableArticle } from "@/lib/articles/get-editable-article";
import { listRevisions } from "@/lib/articles/list-revisions";
import { touchPresence } from "@/lib/articles/presence";
import { publishArticle } from "@/lib/articles/publish-article";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { saveArticle } from "@/lib/articles/save-article";
import type { TBlockNode } from "@/lib/content/schema";
import { getDb } from "@/lib/db/client";
import { createPrintedPage, createTestUser } from "../helpers/factories";

const p = (text: string): TBlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });

async function canteen() {
  const article = await getDb().article.findFirstOrThrow({ where: { plainText: { startsWith: "“明码标价" } } });
  return getEditableArticle(article.id);
}

/** The draft with paragraph `index` (0: "“明码标价…", 1: "社区食堂越办越好。") replaced. */
function withParagraph(article: TEditableArticle, index: number, text: string) {
  const content = article.draft.body.content.map((block, i) => (i === index ? p(text) : block));
  return { ...article.draft, body: { ...article.draft.body, content } };
}

const paragraphs = (article: TEditableArticle) =>
  article.draft.body.content.flatMap((block) =>
    block.type === "paragraph" && block.content ? [block.content.map((node) => ("text" in node ? node.text : "")).join("")] : [],
  );

async function twoEditors() {
  await createPrintedPage();
  const first = (await createTestUser({ name: "甲编辑" })).actor;
  const second = (await createTestUser({ name: "乙编辑" })).actor;
  return { first, second, base: await canteen() };
}

describe("a save based on an older version", () => {
  it("keeps both editors' changes to different paragraphs and fields, as a new version recorded as a merge", async () => {
    const { first, second, base } = await twoEditors();
    const revisionsBefore = (await listRevisions(base.id)).length;
    await saveArticle(first, {
      articleId: base.id,
      baseVersion: base.version,
      mode: "save",
      draft: { ...withParagraph(base, 0, "甲改的第一段。"), subheadline: "——甲加的副题" },
    });
    const merged = await saveArticle(second, {
      articleId: base.id,
      baseVersion: base.version,
      mode: "save",
      draft: { ...withParagraph(base, 1, "乙改的第二段。"), kicker: "乙加的引题——" },
    });
    expect(merged.version).toBe(base.version + 2);
    expect(paragraphs(merged)).toEqual(["甲改的第一段。", "乙改的第二段。"]);
    expect(merged.draft).toMatchObject({ subheadline: "——甲加的副题", kicker: "乙加的引题——" });
    expect(merged.updatedBy).toBe("乙编辑");
    expect(paragraphs(await getEditableArticle(base.id))).toEqual(["甲改的第一段。", "乙改的第二段。"]);

    const revisions = await listRevisions(base.id);
    expect(revisions).toHaveLength(revisionsBefore + 2);
    expect(revisions[0]).toMatchObject({ reason: "merge", reasonLabel: "合并保存", author: "乙编辑", version: merged.version });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: String(base.id), action: "article.saved" }, orderBy: { id: "desc" }, take: 1 });
    expect(audit[0]?.payload).toEqual({ version: merged.version });
    // The jump to page 4 and its placement survive the merge.
    const placements = await getDb().articlePlacement.findMany({ where: { articleId: base.id }, include: { page: true }, orderBy: { sequence: "asc" } });
    expect(placements.map((placement) => [placement.page.number, placement.jumpToPage])).toEqual([
      [1, 4],
      [4, null],
    ]);
  });

  it("refuses when both changed the same paragraph, with that block as base, mine and theirs, and writes nothing", async () => {
    const { first, second, base } = await twoEditors();
    const afterFirst = await saveArticle(first, {
      articleId: base.id,
      baseVersion: base.version,
      mode: "save",
      draft: withParagraph(base, 1, "甲改的第二段。"),
    });
    const revisionsBefore = (await listRevisions(base.id)).length;
    const failure = saveArticle(second, {
      articleId: base.id,
      baseVersion: base.version,
      mode: "autosave",
      draft: { ...withParagraph(base, 1, "乙改的第二段。"), kicker: "乙加的引题——" },
    });
    await expect(failure).rejects.toMatchObject({
      code: "CONFLICT",
      current: { version: afterFirst.version, updatedBy: "甲编辑" },
      details: {
        base: { headline: base.draft.headline },
        conflicts: [{ id: "block-1", kind: "block", base: p("社区食堂越办越好。"), mine: [p("乙改的第二段。")], theirs: [p("甲改的第二段。")] }],
      },
    });
    const after = await getEditableArticle(base.id);
    expect(after.version).toBe(afterFirst.version);
    expect(paragraphs(after)).toEqual(["“明码标价，干净卫生。”老年助餐点里，居民们吃得舒心。", "甲改的第二段。"]);
    expect(after.draft.kicker).toBeNull();
    expect(await listRevisions(base.id)).toHaveLength(revisionsBefore);
  });

  it("falls back to a plain conflict when the version it started from is no longer in the history", async () => {
    const { first, second, base } = await twoEditors();
    // Alone on the story, one editor's autosaves fold into one revision: the middle version is not kept.
    const one = await saveArticle(first, { articleId: base.id, baseVersion: base.version, mode: "autosave", draft: withParagraph(base, 0, "一") });
    await saveArticle(first, { articleId: base.id, baseVersion: one.version, mode: "autosave", draft: withParagraph(one, 0, "一二") });
    const failure = saveArticle(second, { articleId: base.id, baseVersion: one.version, mode: "save", draft: withParagraph(one, 1, "乙改的第二段。") });
    await expect(failure).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: one.version + 1 } } });
    await failure.catch((error: { details: object }) => expect(error.details).not.toHaveProperty("conflicts"));
    expect(paragraphs(await getEditableArticle(base.id))[1]).toBe("社区食堂越办越好。");
  });

  it("keeps each autosave's version while another editor has the story open, so their later save still merges", async () => {
    const { first, second, base } = await twoEditors();
    await touchPresence(second, { articleId: base.id });
    const one = await saveArticle(first, { articleId: base.id, baseVersion: base.version, mode: "autosave", draft: withParagraph(base, 0, "一") });
    await saveArticle(first, { articleId: base.id, baseVersion: one.version, mode: "autosave", draft: withParagraph(one, 0, "一二") });
    const merged = await saveArticle(second, { articleId: base.id, baseVersion: one.version, mode: "save", draft: withParagraph(one, 1, "乙改的第二段。") });
    expect(paragraphs(merged)).toEqual(["一二", "乙改的第二段。"]);
  });

  it("never merges a publish or a restore: both still refuse a stale version", async () => {
    const { first, second, base } = await twoEditors();
    await saveArticle(first, { articleId: base.id, baseVersion: base.version, mode: "save", draft: withParagraph(base, 0, "甲改的第一段。") });
    await expect(publishArticle(second, { articleId: base.id, baseVersion: base.version })).rejects.toMatchObject({ status: 409 });
    const revision = (await listRevisions(base.id)).at(-1);
    await expect(restoreRevision(second, { articleId: base.id, revisionId: revision?.id ?? 0, baseVersion: base.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(paragraphs(await getEditableArticle(base.id))[0]).toBe("甲改的第一段。");
  });
});

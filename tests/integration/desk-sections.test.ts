// Sections and 栏目 on the admin desk against a real PostgreSQL: create, rename (old reader URLs redirect),
// reorder, hide, delete — and each refusal changing nothing.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listEditorChoices } from "@/lib/articles/list-newsroom-articles";
import { publishArticle } from "@/lib/articles/publish-article";
import { saveArticle } from "@/lib/articles/save-article";
import { getDb } from "@/lib/db/client";
import { getStoryList } from "@/lib/reader/get-story-list";
import { createSection } from "@/lib/sections/create-section";
import { deleteSection } from "@/lib/sections/delete-section";
import { findSlugRedirect } from "@/lib/sections/find-slug-redirect";
import { listSections } from "@/lib/sections/list-sections";
import { renameSection } from "@/lib/sections/rename-section";
import { moveSection } from "@/lib/sections/reorder-sections";
import { setSectionHidden } from "@/lib/sections/set-section-hidden";
import { createPrintedPage, createTestUser } from "../helpers/factories";

const LATER = new Date("2030-01-01T00:00:00Z");

/** The first story of a printed page, published under a column and a section. */
async function storyInColumnAndSection() {
  const { ids } = await createPrintedPage();
  const { actor } = await createTestUser({ role: "ADMIN" });
  const section = await createSection(actor, { kind: "section", name: "时政", slug: "politics" });
  const articleId = ids[0] ?? 0;
  const editable = await getEditableArticle(articleId);
  const saved = await saveArticle(actor, {
    articleId,
    baseVersion: editable.version,
    mode: "save",
    draft: { ...editable.draft, columnName: "民生关注", sectionId: section.id },
  });
  await publishArticle(actor, { articleId, baseVersion: saved.version });
  const column = await getDb().column.findUniqueOrThrow({ where: { name: "民生关注" } });
  return { actor, articleId, section, column };
}

async function state() {
  const db = getDb();
  return {
    sections: await db.section.findMany({ orderBy: { id: "asc" } }),
    columns: await db.column.findMany({ orderBy: { id: "asc" } }),
    oldSlugs: [...(await db.sectionOldSlug.findMany()), ...(await db.columnOldSlug.findMany())],
    audit: await db.auditEvent.count(),
  };
}

describe("sections and columns", () => {
  it("renamed keep their old reader URL as a redirect to the new one", async () => {
    const { actor, column } = await storyInColumnAndSection();
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const received: string[] = [];
    listener.on("notification", (message) => received.push(message.payload ?? ""));
    await listener.query("LISTEN reader_change");
    await renameSection(actor, { kind: "column", id: column.id, name: "民生直通车", slug: "minsheng" });
    // Readers of both URLs are told: the old one now redirects, the new one shows the list.
    await expect.poll(() => received.length).toBe(1);
    await listener.end();
    expect(JSON.parse(received[0] ?? "{}")).toMatchObject({
      tags: expect.arrayContaining([`column:${column.id}`]),
      paths: expect.arrayContaining([`/columns/${encodeURIComponent(column.slug)}`, "/columns/minsheng"]),
    });
    expect(await findSlugRedirect("column", column.slug)).toEqual({ id: column.id, slug: "minsheng" });
    expect((await getStoryList({ kind: "column", slug: "minsheng" }, 1, LATER)).list?.total).toBe(1);
    // Renamed twice: both old slugs lead to the current one.
    await renameSection(actor, { kind: "column", id: column.id, name: "民生直通车", slug: "minsheng-express" });
    expect(await findSlugRedirect("column", column.slug)).toEqual({ id: column.id, slug: "minsheng-express" });
    expect(await findSlugRedirect("column", "minsheng")).toEqual({ id: column.id, slug: "minsheng-express" });
    expect(await findSlugRedirect("column", "minsheng-express")).toBeNull();
    // A new column may take an old slug: then it is that column's, not a redirect.
    await createSection(actor, { kind: "column", name: "民生旧栏", slug: "minsheng" });
    expect(await findSlugRedirect("column", "minsheng")).toBeNull();
    const events = await getDb().auditEvent.findMany({ where: { action: "column.renamed" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.payload)).toEqual([
      { before: { name: "民生关注", slug: column.slug }, after: { name: "民生直通车", slug: "minsheng" } },
      { before: { name: "民生直通车", slug: "minsheng" }, after: { name: "民生直通车", slug: "minsheng-express" } },
    ]);
  });

  it("that still have stories cannot be deleted (the refusal gives the count); unused ones can", async () => {
    const { actor, section, column } = await storyInColumnAndSection();
    const before = await state();
    await expect(deleteSection(actor, { kind: "column", id: column.id })).rejects.toThrow("不能删除栏目“民生关注”：还有 1 篇稿件在使用它");
    await expect(deleteSection(actor, { kind: "section", id: section.id })).rejects.toThrow(/还有 1 篇稿件/);
    expect(await state()).toEqual(before);
    const unused = await createSection(actor, { kind: "section", name: "体育" });
    await deleteSection(actor, { kind: "section", id: unused.id });
    expect(await getDb().section.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it("are reordered and hidden from the editor's choices, which keep offering the others", async () => {
    const { actor } = await createTestUser({ role: "ADMIN" });
    const a = await createSection(actor, { kind: "section", name: "要闻" });
    const b = await createSection(actor, { kind: "section", name: "民生" });
    const c = await createSection(actor, { kind: "section", name: "副刊" });
    await moveSection(actor, { kind: "section", id: c.id, direction: "up" });
    expect((await listSections("section")).map((row) => row.name)).toEqual(["要闻", "副刊", "民生"]);
    await expect(moveSection(actor, { kind: "section", id: a.id, direction: "up" })).rejects.toThrow("已经排在最前");
    await setSectionHidden(actor, { kind: "section", id: b.id, hidden: true });
    expect((await listEditorChoices()).sections.map((row) => row.name)).toEqual(["要闻", "副刊"]);
    await setSectionHidden(actor, { kind: "section", id: b.id, hidden: false });
    expect((await listEditorChoices()).sections.map((row) => row.name)).toEqual(["要闻", "副刊", "民生"]);
  });

  it("refuse duplicates and every change from an editor, changing nothing", async () => {
    const { actor, section, column } = await storyInColumnAndSection();
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    await expect(createSection(actor, { kind: "section", name: "时政" })).rejects.toThrow("栏目分类“时政”已存在");
    await expect(createSection(actor, { kind: "section", name: "时政2", slug: "politics" })).rejects.toThrow("网址名“politics”已被使用");
    const before = await state();
    for (const attempt of [
      () => createSection(editor, { kind: "column", name: "新栏目" }),
      () => renameSection(editor, { kind: "column", id: column.id, name: "改名", slug: "gaiming" }),
      () => moveSection(editor, { kind: "section", id: section.id, direction: "down" }),
      () => setSectionHidden(editor, { kind: "section", id: section.id, hidden: true }),
      () => deleteSection(editor, { kind: "column", id: column.id }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    expect(await state()).toEqual(before);
  });
});

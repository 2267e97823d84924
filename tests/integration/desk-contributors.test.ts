// The admin desk's byline people against a real PostgreSQL: create, edit, deactivate and merge, each
// refusal changing nothing, and a merge reaching every reader surface of the published stories.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listEditorChoices } from "@/lib/articles/list-newsroom-articles";
import { saveArticle } from "@/lib/articles/save-article";
import { createContributor } from "@/lib/contributors/create-contributor";
import { findContributorRedirect } from "@/lib/contributors/find-contributor-redirect";
import { listContributors } from "@/lib/contributors/list-contributors";
import { mergeContributors } from "@/lib/contributors/merge-contributors";
import { setContributorActive } from "@/lib/contributors/set-contributor-active";
import { updateContributor } from "@/lib/contributors/update-contributor";
import { getDb } from "@/lib/db/client";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getStoryList } from "@/lib/reader/get-story-list";
import { createPrintedPage, createTestUser, FRONT_PAGE } from "../helpers/factories";

const LATER = new Date("2030-01-01T00:00:00Z");

async function state() {
  const db = getDb();
  return {
    contributors: await db.contributor.findMany({ orderBy: { id: "asc" } }),
    bylines: await db.byline.findMany({ orderBy: { id: "asc" } }),
    snapshots: await db.articleSnapshot.findMany({ orderBy: { id: "asc" }, select: { id: true, content: true, contributorIds: true } }),
    audit: await db.auditEvent.count(),
  };
}

/** A printed page where the first story is signed 王文安 and the second 王文按 (a misspelling of the same reporter). */
async function twoSpellings() {
  const stories = FRONT_PAGE.slice(0, 2).map((spec, index) => ({
    ...spec,
    bylines: [{ name: index === 0 ? "王文安" : "王文按", role: "reporter" as const, affiliation: "本报" }],
  }));
  const { ids } = await createPrintedPage({ stories });
  const db = getDb();
  const right = await db.contributor.findFirstOrThrow({ where: { name: "王文安" } });
  const wrong = await db.contributor.findFirstOrThrow({ where: { name: "王文按" } });
  return { ids, right, wrong };
}

let listener: pg.Client | null = null;
afterEach(async () => {
  await listener?.end();
  listener = null;
});

async function listen(): Promise<string[]> {
  const received: string[] = [];
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => received.push(message.payload ?? ""));
  await listener.query("LISTEN reader_change");
  return received;
}

describe("contributors", () => {
  it("are created, edited and listed with their story counts, roles and affiliations; same name and affiliation twice is refused", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const { id } = await createContributor(actor, { name: "李明", affiliation: "新华社", defaultRole: "reporter" });
    await expect(createContributor(actor, { name: "李明", affiliation: "新华社" })).rejects.toThrow(/已有署名人“李明”/);
    // The same name at another paper is another person.
    await createContributor(actor, { name: "李明", affiliation: "本报", defaultRole: "correspondent" });
    await updateContributor(actor, { contributorId: id, name: "李明明", affiliation: "新华社", defaultRole: "photographer" });
    const row = await getDb().contributor.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "李明明", affiliation: "新华社", defaultRole: "photographer" });
    await expect(updateContributor(actor, { contributorId: id, name: "李明", affiliation: "本报" })).rejects.toThrow(/已有署名人“李明”/);

    const { rows } = await listContributors({ q: "雷" });
    expect(rows).toEqual([expect.objectContaining({ name: "雷甫", storyCount: 1, rolesUsed: ["reporter"], affiliationsUsed: ["本报"], active: true })]);
    // Pinyin initials find a name too: wwa → 王文安.
    expect((await listContributors({ q: "wwa" })).rows.map((person) => person.name)).toEqual(["王文安"]);
    const events = await getDb().auditEvent.findMany({ where: { entityType: "contributor" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["contributor.created", "contributor.created", "contributor.updated"]);
  });

  it("refuse every change from an editor, changing nothing", async () => {
    const { right, wrong } = await twoSpellings();
    const { actor: editor } = await createTestUser({ role: "EDITOR" });
    const before = await state();
    await expect(createContributor(editor, { name: "赵六" })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    await expect(updateContributor(editor, { contributorId: right.id, name: "赵六" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setContributorActive(editor, { contributorId: right.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mergeContributors(editor, { contributorId: wrong.id, survivorId: right.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await state()).toEqual(before);
  });

  it("deactivated stay on their stories and are no longer suggested", async () => {
    const { ids, right } = await twoSpellings();
    const { actor } = await createTestUser({ role: "ADMIN" });
    await setContributorActive(actor, { contributorId: right.id, active: false });
    expect((await listEditorChoices()).contributors.map((person) => person.name)).not.toContain("王文安");
    expect((await getEditableArticle(ids[0] ?? 0)).draft.bylines.map((byline) => byline.name)).toEqual(["王文安"]);
    expect((await listContributors()).rows.map((person) => person.name)).not.toContain("王文安");
    expect((await listContributors({ show: "all" })).rows.find((person) => person.name === "王文安")?.active).toBe(false);
    await expect(setContributorActive(actor, { contributorId: right.id, active: false })).rejects.toThrow(/已停用/);
    await setContributorActive(actor, { contributorId: right.id, active: true });
    expect((await listEditorChoices()).contributors.map((person) => person.name)).toContain("王文安");
  });
});

describe("merging duplicate contributors", () => {
  it("moves every byline and published name to the survivor in one go, tells the reader caches, and redirects the old URL", async () => {
    const { ids, right, wrong } = await twoSpellings();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const received = await listen();
    const result = await mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id });
    expect(result).toEqual({ survivorId: right.id, bylinesMoved: 1, snapshotsRewritten: 1 });

    const misspelled = ids[1] ?? 0;
    // Readers: the story, the front page and the survivor's list show the survivor's name.
    const view = (await getArticleView(misspelled, LATER)).view;
    expect(view?.content.bylines.map((byline) => [byline.contributorId, byline.name])).toEqual([[right.id, "王文安"]]);
    const front = (await getFrontPageView(LATER)).front;
    const names = front?.stories.flatMap((story) => story.content.bylines.map((byline) => byline.name)) ?? [];
    expect(names).not.toContain("王文按");
    const list = (await getStoryList({ kind: "byline", contributorId: right.id }, 1, LATER)).list;
    expect(list?.total).toBe(2);
    expect((await getStoryList({ kind: "byline", contributorId: wrong.id }, 1, LATER)).list).toBeNull();
    expect(await findContributorRedirect(wrong.id)).toBe(right.id);
    expect(await findContributorRedirect(right.id)).toBeNull();

    // The newsroom: the draft names the survivor; the duplicate is neither listed nor suggested.
    expect((await getEditableArticle(misspelled)).draft.bylines).toEqual([expect.objectContaining({ contributorId: right.id, name: "王文安" })]);
    expect((await listContributors()).rows.map((person) => person.name)).not.toContain("王文按");
    expect((await listEditorChoices()).contributors.map((person) => person.name)).not.toContain("王文按");

    // Typing the old spelling again finds the survivor instead of creating a new person.
    const editable = await getEditableArticle(misspelled);
    const saved = await saveArticle(actor, {
      articleId: misspelled,
      baseVersion: editable.version,
      mode: "save",
      draft: { ...editable.draft, bylines: [{ contributorId: null, name: "王文按", role: "reporter", affiliation: "本报" }] },
    });
    expect(saved.draft.bylines[0]?.contributorId).toBe(right.id);
    expect(await getDb().contributor.count({ where: { name: "王文按" } })).toBe(1);

    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "contributor.merged" } });
    expect(event).toMatchObject({ entityType: "contributor", entityId: String(wrong.id), payload: expect.objectContaining({ survivorId: right.id }) });
    await expect.poll(() => received.length).toBeGreaterThan(0);
    const payload = JSON.parse(received[0] ?? "{}");
    expect(payload.tags).toEqual(expect.arrayContaining([`article:${misspelled}`, `byline:${wrong.id}`, `byline:${right.id}`]));
    expect(payload.paths).toEqual(expect.arrayContaining([`/bylines/${wrong.id}`, `/bylines/${right.id}`]));
  });

  it("lets only one of two crossing merges (A into B, B into A) happen", async () => {
    const { right, wrong } = await twoSpellings();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const results = await Promise.allSettled([
      mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id }),
      mergeContributors(actor, { contributorId: right.id, survivorId: wrong.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const people = await getDb().contributor.findMany({ where: { id: { in: [right.id, wrong.id] } } });
    expect(people.filter((person) => person.mergedIntoId === null)).toHaveLength(1);
    const survivor = people.find((person) => person.mergedIntoId === null);
    expect(await getDb().byline.count({ where: { contributorId: survivor?.id } })).toBe(2);
  });

  it("refuses merging into itself, into a deactivated contributor, or one already merged — changing nothing", async () => {
    const { right, wrong } = await twoSpellings();
    const { actor } = await createTestUser({ role: "ADMIN" });
    const before = await state();
    await expect(mergeContributors(actor, { contributorId: wrong.id, survivorId: wrong.id })).rejects.toThrow("不能把署名人合并到自己");
    await setContributorActive(actor, { contributorId: right.id, active: false });
    const deactivated = await state();
    await expect(mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id })).rejects.toThrow(/不能合并到已停用的署名人/);
    expect(await state()).toEqual(deactivated);
    await setContributorActive(actor, { contributorId: right.id, active: true });
    await mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id });
    const merged = await state();
    await expect(mergeContributors(actor, { contributorId: right.id, survivorId: wrong.id })).rejects.toThrow(/不能合并到已停用的署名人/);
    await expect(mergeContributors(actor, { contributorId: wrong.id, survivorId: right.id })).rejects.toThrow(/已合并到/);
    expect(await state()).toEqual(merged);
    expect(before.bylines.length).toBe(merged.bylines.length);
  });
});

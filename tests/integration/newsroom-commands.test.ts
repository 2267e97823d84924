// Every newsroom command against a real PostgreSQL: save (with conflicts), publish, unpublish, restore,
// create, presence — and who may run them. The page they work on is made through the newsroom's own
// commands (tests/helpers/factories.ts), so nothing here depends on what the parser reads.
import { describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { listRevisions } from "@/lib/articles/list-revisions";
import { touchPresence } from "@/lib/articles/presence";
import { publishArticle } from "@/lib/articles/publish-article";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { saveArticle } from "@/lib/articles/save-article";
import { unpublishArticle } from "@/lib/articles/unpublish-article";
import { getDb } from "@/lib/db/client";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { CANTEEN, createPrintedPage, createTestUser } from "../helpers/factories";

async function canteen() {
  const article = await getDb().article.findFirstOrThrow({ where: { plainText: { startsWith: "“明码标价" } } });
  return getEditableArticle(article.id);
}

function withHeadline(editable: Awaited<ReturnType<typeof canteen>>, headline: string, extraSentence?: string) {
  const body = extraSentence
    ? {
        ...editable.draft.body,
        content: [
          ...editable.draft.body.content.slice(0, 1),
          { type: "paragraph", content: [{ type: "text", text: extraSentence }] },
          ...editable.draft.body.content.slice(1),
        ],
      }
    : editable.draft.body;
  return { ...editable.draft, headline, body };
}

async function readerHeadlines() {
  return (await getFrontPageView()).front?.stories.map((story) => story.content.headline) ?? [];
}

describe("saving the working draft", () => {
  it("bumps the version, records a revision, and leaves readers on the published version", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const before = await canteen();
    const saved = await saveArticle(actor, {
      articleId: before.id,
      baseVersion: before.version,
      mode: "save",
      draft: withHeadline(before, "家门口的幸福食光（修改）", "新加的一句话。"),
    });
    expect(saved.version).toBe(before.version + 1);
    expect(saved.status).toBe("changed");
    expect(saved.draft.headline).toBe("家门口的幸福食光（修改）");
    expect(saved.updatedBy).toBe("测试编辑");
    const revisions = await listRevisions(before.id);
    expect(revisions[0]).toMatchObject({ reason: "save", author: "测试编辑", version: saved.version });
    expect(await readerHeadlines()).toContain(CANTEEN);
    expect(await readerHeadlines()).not.toContain("家门口的幸福食光（修改）");
    // The jump to page 4 survives the save, and so do the placement rows.
    const placements = await getDb().articlePlacement.findMany({ where: { articleId: before.id }, include: { page: true }, orderBy: { sequence: "asc" } });
    expect(placements.map((placement) => [placement.page.number, placement.jumpToPage])).toEqual([
      [1, 4],
      [4, null],
    ]);
  });

  it("folds consecutive autosaves by one editor into one revision", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    let current = await canteen();
    const revisionsBefore = (await listRevisions(current.id)).length;
    for (const headline of ["甲", "甲乙", "甲乙丙"]) {
      current = await saveArticle(actor, { articleId: current.id, baseVersion: current.version, mode: "autosave", draft: withHeadline(current, headline) });
    }
    const revisions = await listRevisions(current.id);
    expect(revisions).toHaveLength(revisionsBefore + 1);
    expect(revisions[0]).toMatchObject({ reason: "autosave", version: current.version });
    expect(revisions[0]?.content.headline).toBe("甲乙丙");
  });

  it("refuses a save based on a stale version, returns the other editor's version, and changes nothing", async () => {
    await createPrintedPage();
    const { actor: first } = await createTestUser({ name: "甲编辑" });
    const { actor: second } = await createTestUser({ name: "乙编辑" });
    const base = await canteen();
    await saveArticle(first, { articleId: base.id, baseVersion: base.version, mode: "save", draft: withHeadline(base, "甲改的标题") });
    const failure = saveArticle(second, { articleId: base.id, baseVersion: base.version, mode: "autosave", draft: withHeadline(base, "乙改的标题") });
    await expect(failure).rejects.toMatchObject({ code: "CONFLICT", current: { draft: { headline: "甲改的标题" }, updatedBy: "甲编辑" } });
    expect((await canteen()).draft.headline).toBe("甲改的标题");
  });

  it("refuses bodies outside the whitelist with a message and stores nothing", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    const link = (href: string) => ({
      ...base.draft,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "点我", marks: [{ type: "link", attrs: { href } }] }] }] },
    });
    await expect(saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: link("javascript:alert(1)") })).rejects.toThrow(
      /链接只能以/,
    );
    await expect(saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: link("data:text/html,<script>") })).rejects.toThrow(
      /链接只能以/,
    );
    await expect(
      saveArticle(actor, {
        articleId: base.id,
        baseVersion: base.version,
        mode: "save",
        draft: { ...base.draft, body: { type: "doc", content: [{ type: "iframe", attrs: { src: "x" } }] } },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const huge = { type: "doc", content: Array.from({ length: 400 }, () => ({ type: "paragraph", content: [{ type: "text", text: "字".repeat(3000) }] })) };
    await expect(saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: { ...base.draft, body: huge } })).rejects.toThrow(
      /正文过大/,
    );
    expect((await canteen()).version).toBe(base.version);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("refuses a NUL or an unpaired surrogate in the headline parts and bylines with a message, never a server error", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    const drafts = [
      { ...base.draft, headline: "标题\u0000" },
      { ...base.draft, kicker: "引题\uD800" },
      { ...base.draft, dateline: "本报讯\u0000" },
      { ...base.draft, columnName: "栏目\u0000" },
      { ...base.draft, bylines: [{ contributorId: null, name: "记者\u0000", role: "reporter", affiliation: "本报" }] },
    ];
    for (const draft of drafts) {
      await expect(saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft })).rejects.toThrow(/空字符/);
    }
    await expect(createArticle(actor, { headline: "新稿\u0000" })).rejects.toThrow(/空字符/);
    expect((await canteen()).version).toBe(base.version);
  });
});

describe("publishing", () => {
  it("makes the working draft what readers see, stamping who published and keeping the first publish time", async () => {
    await createPrintedPage();
    const { actor, user } = await createTestUser();
    const base = await canteen();
    const firstPublishedAt = base.firstPublishedAt;
    const saved = await saveArticle(actor, {
      articleId: base.id,
      baseVersion: base.version,
      mode: "save",
      draft: withHeadline(base, "家门口的幸福“食”光越来越香", "居民们都说好。"),
    });
    const published = await publishArticle(actor, { articleId: base.id, baseVersion: saved.version });
    expect(published.version).toBe(saved.version);
    expect(await readerHeadlines()).toContain("家门口的幸福“食”光越来越香");
    const snapshot = await getDb().articleSnapshot.findUniqueOrThrow({ where: { id: published.snapshotId } });
    expect(snapshot.publishedById).toBe(user.id);
    expect(snapshot.plainText).toContain("居民们都说好。");
    const after = await canteen();
    expect(after.status).toBe("published");
    expect(after.firstPublishedAt).toBe(firstPublishedAt);
    expect(await getDb().articleSnapshot.count({ where: { articleId: base.id } })).toBe(2);
  });

  it("refuses to publish a version other than the one the editor saw", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    await saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: withHeadline(base, "新标题") });
    await expect(publishArticle(actor, { articleId: base.id, baseVersion: base.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await readerHeadlines()).toContain(CANTEEN);
  });

  it("refuses a story whose jump points at a page its issue does not have", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "开头。" }] },
        { type: "jump", attrs: { toPage: 7 } },
      ],
    };
    const saved = await saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: { ...base.draft, body } });
    expect(saved.missingJumpPages).toEqual([7]);
    await expect(publishArticle(actor, { articleId: base.id, baseVersion: saved.version })).rejects.toThrow(/转到第7版，但2025-12-20这一期没有该版面/);
    expect(await getDb().articleSnapshot.count({ where: { articleId: base.id } })).toBe(1);
  });
});

describe("unpublishing", () => {
  it("removes the story from readers and keeps its snapshots and draft", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    await unpublishArticle(actor, { articleId: base.id });
    expect(await readerHeadlines()).not.toContain(CANTEEN);
    expect(await readerHeadlines()).toHaveLength(5);
    expect((await canteen()).status).toBe("draft");
    expect(await getDb().articleSnapshot.count({ where: { articleId: base.id } })).toBe(1);
    await expect(unpublishArticle(actor, { articleId: base.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("restoring a revision", () => {
  it("makes an older revision the new working draft without losing the history", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const base = await canteen();
    const saved = await saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: withHeadline(base, "改坏了的标题") });
    const published = (await listRevisions(base.id)).find((revision) => revision.reason === "publish" && revision.version === base.version);
    const restored = await restoreRevision(actor, { articleId: base.id, revisionId: published?.id as number, baseVersion: saved.version });
    expect(restored.draft.headline).toBe(CANTEEN);
    expect(restored.version).toBe(saved.version + 1);
    expect(restored.draft.body).toEqual(base.draft.body);
    const history = await listRevisions(base.id);
    expect(history[0]?.reason).toBe("restore");
    expect(history.some((revision) => revision.content.headline === "改坏了的标题")).toBe(true);
    await expect(restoreRevision(actor, { articleId: base.id, revisionId: published?.id as number, baseVersion: saved.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("creating a story", () => {
  it("starts a web-only story or one placed on a page", async () => {
    await createPrintedPage();
    const { actor } = await createTestUser();
    const page = await getDb().page.findFirstOrThrow({ where: { number: 1 } });
    const placed = await createArticle(actor, { kind: "news", headline: "新稿件", pageId: page.id });
    const web = await createArticle(actor, { kind: "feature" });
    expect((await getEditableArticle(placed.id)).placement).toEqual({ issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻" });
    expect((await getEditableArticle(web.id)).placement).toBeNull();
    expect(await readerHeadlines()).not.toContain("新稿件");
  });
});

describe("presence", () => {
  it("shows who else has the story open, and forgets them after a while", async () => {
    await createPrintedPage();
    const { actor: first } = await createTestUser({ name: "甲编辑" });
    const { actor: second } = await createTestUser({ name: "乙编辑" });
    const base = await canteen();
    const now = new Date();
    expect((await touchPresence(first, { articleId: base.id }, now)).others).toEqual([]);
    expect((await touchPresence(second, { articleId: base.id }, now)).others.map((other) => other.name)).toEqual(["甲编辑"]);
    expect((await touchPresence(second, { articleId: base.id }, new Date(now.getTime() + 60_000))).others).toEqual([]);
  });
});

describe("who may run newsroom commands", () => {
  it("refuses disabled and unknown accounts for every command, and changes nothing", async () => {
    await createPrintedPage();
    const { actor: disabled } = await createTestUser({ disabled: true });
    const unknown = { kind: "user", userId: "no-such-user", role: "ADMIN" } as const;
    const base = await canteen();
    const revision = (await listRevisions(base.id))[0];
    for (const actor of [disabled, unknown]) {
      const attempts = [
        () => saveArticle(actor, { articleId: base.id, baseVersion: base.version, mode: "save", draft: withHeadline(base, "不该保存") }),
        () => publishArticle(actor, { articleId: base.id, baseVersion: base.version }),
        () => unpublishArticle(actor, { articleId: base.id }),
        () => restoreRevision(actor, { articleId: base.id, revisionId: revision?.id as number, baseVersion: base.version }),
        () => createArticle(actor, { headline: "不该创建" }),
        () => touchPresence(actor, { articleId: base.id }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await canteen()).version).toBe(base.version);
    expect(await getDb().article.count()).toBe(6);
    expect(await getDb().articleSnapshot.count()).toBe(6);
  });

  it("applies a role change on the next command", async () => {
    await createPrintedPage();
    const { actor, user } = await createTestUser();
    const base = await canteen();
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(publishArticle(actor, { articleId: base.id, baseVersion: base.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await expect(publishArticle(actor, { articleId: base.id, baseVersion: base.version })).resolves.toMatchObject({ articleId: base.id });
  });
});

// The importer stores a parsed page in PostgreSQL: issue, pages, stories, bylines, placements, jumps,
// snapshots, revisions and audit — all or nothing.
import { describe, expect, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { splitIntoParts } from "@/lib/content/parts";
import { ZStoryDocument } from "@/lib/content/schema";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { page, SEED_FILE, story } from "../helpers/pages";

const FRONT = { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻" };

async function importSeed(options: { publish?: boolean; release?: boolean; replace?: boolean } = {}) {
  const parsed = parsePageText(await readPageFile(SEED_FILE));
  return importPage(parsed, { ...FRONT, publish: true, release: true, ...options }, SYSTEM_IMPORT);
}

async function counts() {
  const db = getDb();
  const [issues, pages, articles, placements, jumps, snapshots, revisions, audit] = await Promise.all([
    db.issue.count(),
    db.page.count(),
    db.article.count(),
    db.articlePlacement.count(),
    db.articlePlacement.count({ where: { jumpToPage: { not: null } } }),
    db.articleSnapshot.count(),
    db.articleRevision.count(),
    db.auditEvent.count(),
  ]);
  return { issues, pages, articles, placements, jumps, snapshots, revisions, audit };
}

describe("importing the seeded front page", () => {
  it("stores six stories with their headline parts, bylines, placements and jumps to an unnamed page 4", async () => {
    const result = await importSeed();
    expect(result.articles.map((article) => article.kind)).toEqual(["news", "feature", "feature", "feature", "news", "photo"]);

    const db = getDb();
    const issue = await db.issue.findFirstOrThrow({ include: { pages: { orderBy: { number: "asc" } } } });
    expect(issue.date.toISOString().slice(0, 10)).toBe("2025-12-20");
    expect(issue.releasedAt).not.toBeNull();
    expect(issue.pages.map((p) => [p.number, p.name])).toEqual([
      [1, "要闻"],
      [4, null],
    ]);

    const articles = await db.article.findMany({
      orderBy: { id: "asc" },
      include: {
        column: true,
        bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
        placements: { include: { page: true }, orderBy: { sequence: "asc" } },
      },
    });
    const social = articles[1];
    expect(social).toMatchObject({
      kind: "feature",
      headline: "扩面有力度 服务有温度 监管有硬度",
      subheadline: "——我市充分发挥综合效能推动社保工作提质增效",
      dateline: null,
      stage: "draft",
      origin: "import",
      version: 1,
      importedVersion: 1,
    });
    expect(social?.column?.name).toBe("以新气象新作为推动高质量发展取得新成效");
    expect(social?.bylines.map((b) => [b.contributor.name, b.role, b.affiliation])).toEqual([["雷甫", "reporter", "本报"]]);
    expect(social?.liveSnapshotId).not.toBeNull();
    expect(social?.placements.map((p) => [p.sequence, p.page.number, p.position, p.jumpToPage])).toEqual([
      [0, 1, 2, 4],
      [1, 4, 1, null],
    ]);
    const body = ZStoryDocument.parse(social?.body);
    expect(body.content.filter((node) => node.type === "subhead")).toHaveLength(1);
    expect(body.content.at(-1)).toEqual({ type: "jump", attrs: { toPage: 4 } });
    expect(splitIntoParts(body).map((part) => part.blocks.length)).toEqual([8, 0]);
    expect(social?.plainText).not.toContain("下转");
    expect(social?.charCount).toBe([...(social?.plainText ?? "")].filter((c) => !/\s/u.test(c)).length);

    const photo = articles[5];
    expect(photo?.headline).toBe("");
    expect(photo?.bylines.map((b) => [b.contributor.name, b.role])).toEqual([["耿新洲", "photographer"]]);

    const first = articles[0];
    expect(first?.dateline).toBe("本报讯");
    expect(first?.plainText.startsWith("12月19日，市委理论学习中心组")).toBe(true);

    const jumps = await db.articlePlacement.findMany({ where: { jumpToPage: { not: null } }, include: { page: true }, orderBy: { id: "asc" } });
    expect(jumps.map((jump) => [jump.page.number, jump.jumpToPage])).toEqual([
      [1, 4],
      [1, 4],
    ]);
    expect(await db.column.count()).toBe(3);

    const snapshots = await db.articleSnapshot.findMany({ include: { placements: true } });
    expect(snapshots).toHaveLength(6);
    // The published side carries the same "continued on page 4" link.
    expect(snapshots.flatMap((snapshot) => snapshot.placements.map((placement) => placement.jumpToPage)).filter((page) => page !== null)).toEqual([4, 4]);
    expect(snapshots.every((snapshot) => snapshot.actorKind === "system" && snapshot.actorSource === "import")).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { action: "page.imported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorSource).toBe("import");
  });

  it("shows the published page to readers once the issue is released", async () => {
    await importSeed();
    const { front } = await getFrontPageView();
    expect(front && { number: front.page.number, name: front.page.name }).toEqual({ number: 1, name: "要闻" });
    expect(front?.stories.map((s) => s.content.headline)).toEqual([
      "市委理论学习中心组举行扩大学习会",
      "扩面有力度 服务有温度 监管有硬度",
      "家门口的幸福“食”光",
      "竞逐“北斗”新赛道 打造产业新高地",
      "晋中特色产品亮相2025世界绿发会暨中国绿博会",
      "",
    ]);
  });

  it("keeps drafts and unreleased issues away from readers", async () => {
    await importSeed({ publish: false, release: false });
    const db = getDb();
    expect(await db.article.count({ where: { liveSnapshotId: null } })).toBe(6);
    expect(await db.articleSnapshot.count()).toBe(0);
    expect((await getFrontPageView()).front).toBeNull();
  });

  it("refuses a second import of the same page without --replace and changes nothing", async () => {
    await importSeed();
    const before = await counts();
    await expect(importSeed()).rejects.toMatchObject({ code: "PAGE_ALREADY_IMPORTED" });
    expect(await counts()).toEqual(before);
  });

  it("replaces unedited imported stories in place with --replace: same ids, history kept", async () => {
    const first = await importSeed();
    const second = await importSeed({ replace: true });
    expect(second.replacedArticleIds).toEqual(first.articles.map((article) => article.id));
    expect(second.articles.map((article) => article.id)).toEqual(first.articles.map((article) => article.id));
    expect(second.removedArticleIds).toEqual([]);
    const db = getDb();
    expect(await db.article.count()).toBe(6);
    expect(await db.page.count()).toBe(2);
    // Each story is now at version 2, published again, with both imports in its history.
    const stories = await db.article.findMany({ include: { liveSnapshot: true, _count: { select: { snapshots: true, revisions: true } } } });
    expect(stories.map((story) => [story.version, story.importedVersion, story.liveSnapshot?.version, story._count.snapshots])).toEqual(
      stories.map(() => [2, 2, 2, 2]),
    );
  });

  it("refuses --replace when an editor changed one of the stories, listing it", async () => {
    const first = await importSeed();
    const edited = first.articles[2];
    const db = getDb();
    await db.article.update({ where: { id: edited?.id }, data: { headline: "家门口的幸福食光（修订）", version: { increment: 1 } } });
    const before = await counts();
    const failure = importSeed({ replace: true });
    await expect(failure).rejects.toMatchObject({ code: "IMPORTED_STORIES_EDITED" });
    await expect(failure).rejects.toThrow(/家门口的幸福食光（修订）/);
    expect(await counts()).toEqual(before);
  });
});

describe("importing a page whose story continues from page 1 (上接第1版)", () => {
  const pageOne = page(
    story({ headline: "竞逐新赛道", paragraphs: ["第一版的开头。"], jumpToPage: 4, kind: "feature", column: "民间投资重点项目巡礼" }),
    story({ headline: "另一条消息", dateline: "本报讯" }),
  );

  it("attaches the text as the next part of the matching story instead of creating a new one", async () => {
    const one = await importPage(pageOne, { issueDate: "2025-12-21", pageNumber: 1, pageName: "要闻", publish: true, release: true }, SYSTEM_IMPORT);
    const storyId = one.articles[0]?.id as number;
    const four = await importPage(
      page(
        story({ headline: "第四版自己的稿子" }),
        story({ headline: "竞逐“新赛道”", paragraphs: ["第四版的续文。", "结尾。"], jumpFromPage: 1, bylines: [] }),
      ),
      { issueDate: "2025-12-21", pageNumber: 4, pageName: "综合", publish: true },
      SYSTEM_IMPORT,
    );
    expect(four.articles.map((article) => [article.outcome, article.id === storyId])).toEqual([
      ["created", false],
      ["continued", true],
    ]);
    const db = getDb();
    expect(await db.article.count()).toBe(3);
    const continued = await db.article.findUniqueOrThrow({
      where: { id: storyId },
      include: { placements: { include: { page: true }, orderBy: { sequence: "asc" } } },
    });
    const parts = splitIntoParts(ZStoryDocument.parse(continued.body));
    expect(parts.map((part) => part.blocks.length)).toEqual([1, 2]);
    expect(continued.plainText).toBe("第一版的开头。\n第四版的续文。\n结尾。");
    expect(continued.placements.map((placement) => [placement.page.number, placement.position, placement.jumpToPage])).toEqual([
      [1, 1, 4],
      [4, 2, null],
    ]);
    expect(continued.version).toBe(2);
    expect(continued.importedVersion).toBe(2);
    // The live story was republished with its continuation.
    const live = await db.articleSnapshot.findFirstOrThrow({ where: { liveFor: { id: storyId } } });
    expect(live.plainText).toContain("第四版的续文");
    expect((await db.page.findFirstOrThrow({ where: { number: 4 } })).name).toBe("综合");
  });

  it("refuses a continuation that matches no story, and writes nothing", async () => {
    const before = await counts();
    const failure = importPage(
      page(story({ headline: "无处可接", jumpFromPage: 1 })),
      { issueDate: "2025-12-22", pageNumber: 4, publish: true },
      SYSTEM_IMPORT,
    );
    await expect(failure).rejects.toMatchObject({ code: "CONTINUATION_NOT_MATCHED" });
    expect(await counts()).toEqual(before);
  });
});

describe("bad input", () => {
  it("refuses a date that does not exist and a page below 1", async () => {
    await expect(importPage(page(story({ headline: "甲" })), { issueDate: "2025-02-30", pageNumber: 1 }, SYSTEM_IMPORT)).rejects.toThrow(/日期不存在/);
    await expect(importPage(page(story({ headline: "甲" })), { issueDate: "2025-12-20", pageNumber: 0 }, SYSTEM_IMPORT)).rejects.toThrow(/版号/);
    expect((await counts()).issues).toBe(0);
  });

  it("refuses a page with no story", async () => {
    await expect(importPage(page(), { issueDate: "2025-12-20", pageNumber: 1 }, SYSTEM_IMPORT)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await counts()).issues).toBe(0);
  });
});

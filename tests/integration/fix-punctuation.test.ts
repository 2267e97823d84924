// Converting a database imported before full-width punctuation: drafts converted with one revision each,
// live stories unchanged since publishing republished at exactly the converted version, others left to
// the newsroom; a second run changes nothing.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { saveArticle } from "@/lib/articles/save-article";
import { SYSTEM_IMPORT, type TActor } from "@/lib/auth/actor";
import { ZArticleContent } from "@/lib/content/article-content";
import { documentPlainText } from "@/lib/content/plain-text";
import { getDb } from "@/lib/db/client";
import { fixPunctuation } from "@/lib/import/fix-punctuation";
import { importPage } from "@/lib/import/import-page";
import { page, story } from "../helpers/pages";

const CLI: TActor = { kind: "system", source: "cli" };
const run = promisify(execFile);

/** A page as the old importer stored it: ASCII punctuation next to Chinese text. */
async function importOldPage(pageNumber: number, publish: boolean) {
  const parsed = page(
    story({ headline: "市委召开会议(扩大)", paragraphs: ["12月19日,市委召开会议;会议强调:要抓落实!", "参保人数达92.03万人,增长1,000人。"] }),
    story({ headline: "没有需要改的标点", paragraphs: ["这一段全是全角标点，无须改动。"] }),
  );
  return importPage(parsed, { issueDate: "2025-12-20", pageNumber, publish, release: publish }, SYSTEM_IMPORT);
}

async function revisionsOf(articleId: number) {
  return getDb().articleRevision.findMany({ where: { articleId }, orderBy: { id: "asc" }, select: { reason: true, version: true } });
}

describe("npm run import:fix-punctuation", () => {
  it("converts drafts, republishes untouched live stories at the converted version, and is idempotent", async () => {
    const live = await importOldPage(1, true);
    const drafts = await importOldPage(2, false);
    const [liveId, cleanId] = live.articles.map((a) => a.id) as [number, number];
    const [draftId] = drafts.articles.map((a) => a.id) as [number];
    const edited = (await importOldPage(3, true)).articles[0]?.id as number;
    // The newsroom edited this live story after publishing: its live version is theirs to republish.
    const editable = await getEditableArticle(edited);
    await saveArticle(CLI, { articleId: edited, baseVersion: editable.version, mode: "save", draft: { ...editable.draft, kicker: "编辑部加的引题" } });

    const result = await fixPunctuation(CLI);
    expect(result.checked).toBe(6);
    expect(result.changed.map((c) => [c.id, c.republished]).sort()).toEqual(
      [
        [liveId, true],
        [draftId, false],
        [edited, false],
      ].sort(),
    );

    const db = getDb();
    const converted = await db.article.findUniqueOrThrow({ where: { id: liveId }, include: { liveSnapshot: true } });
    expect(converted.headline).toBe("市委召开会议（扩大）");
    expect(converted.plainText).toContain("12月19日，市委召开会议；会议强调：要抓落实！");
    expect(converted.plainText).toContain("参保人数达92.03万人，增长1,000人。");
    // Readers see exactly the converted version, and the story is still the importer's to replace.
    expect(converted.liveSnapshot?.version).toBe(converted.version);
    const snapshot = ZArticleContent.parse(converted.liveSnapshot?.content);
    expect(snapshot.headline).toBe("市委召开会议（扩大）");
    expect(documentPlainText(snapshot.body)).toContain("12月19日，市委召开会议；");
    expect(converted.importedVersion).toBe(converted.version);
    expect((await revisionsOf(liveId)).map((r) => r.reason)).toEqual(["import", "publish", "punctuation", "publish"]);

    const draft = await db.article.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft.liveSnapshotId).toBeNull();
    expect(draft.headline).toBe("市委召开会议（扩大）");
    expect((await revisionsOf(draftId)).map((r) => r.reason)).toEqual(["import", "punctuation"]);

    const theirs = await db.article.findUniqueOrThrow({ where: { id: edited }, include: { liveSnapshot: true } });
    expect(theirs.headline).toBe("市委召开会议（扩大）");
    expect(theirs.kicker).toBe("编辑部加的引题");
    expect(ZArticleContent.parse(theirs.liveSnapshot?.content).headline).toBe("市委召开会议(扩大)");
    expect(theirs.importedVersion).not.toBe(theirs.version);

    expect((await revisionsOf(cleanId)).map((r) => r.reason)).toEqual(["import", "publish"]);

    const again = await fixPunctuation(CLI);
    expect(again.changed).toEqual([]);
  }, 120_000);

  it("runs from the command line, and --dry-run writes nothing", async () => {
    const { articles } = await importOldPage(1, false);
    const id = articles[0]?.id as number;
    const tsx = [process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/fix-punctuation.ts"]] as const;
    const dry = await run(tsx[0], [...tsx[1], "--dry-run"], { env: process.env });
    expect(dry.stdout).toMatch(new RegExp(`#${id} 市委召开会议\\(扩大\\)[\\s\\S]*Checked 2 stories, would change 1\\.`));
    expect((await getDb().article.findUniqueOrThrow({ where: { id } })).headline).toBe("市委召开会议(扩大)");

    const real = await run(tsx[0], [...tsx[1]], { env: process.env });
    expect(real.stdout).toMatch(/Checked 2 stories, changed 1\./);
    expect((await getDb().article.findUniqueOrThrow({ where: { id } })).headline).toBe("市委召开会议（扩大）");
  }, 180_000);
});

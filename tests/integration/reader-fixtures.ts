// Reader test data written through the real importer: the seeded front page plus everything readers must
// never see — a draft in a released issue, a published story in an unreleased issue, and an edit of a
// live story that was saved but not published. Each carries a marker string that must not leak.
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { publishCurrentVersion } from "../helpers/factories";
import { page, SEED_FILE, story } from "../helpers/pages";

/** A column, a person and a section with published stories, each also holding a draft. */
export const LISTED_COLUMN = "四中全会精神在基层";
export const LISTED_REPORTER = "冯静宁";
export const LISTED_SECTION_SLUG = "shizheng";

export const LEAK_MARKERS = ["草稿机密标题", "草稿机密正文", "草稿栏目", "草稿记者", "未出版期标题", "未出版期正文", "未发布的修改标题", "未发布的修改正文"];

export async function importReaderFixtures(options: { seed?: boolean } = {}) {
  const seed =
    options.seed === false
      ? null
      : await importPage(
          parsePageText(await readPageFile(SEED_FILE)),
          { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻", publish: true, release: true },
          SYSTEM_IMPORT,
        );
  // Drafts on a page of the released issue: one with a column and a byline that exist only in drafts,
  // one under a column, a byline and (below) a section whose lists readers do see.
  const draft = await importPage(
    page(
      story({
        headline: "草稿机密标题",
        paragraphs: ["草稿机密正文。"],
        column: "草稿栏目",
        bylines: [{ name: "草稿记者", role: "reporter", affiliation: "本报" }],
      }),
      story({
        headline: "草稿机密标题：进了已有栏目",
        paragraphs: ["草稿机密正文。"],
        column: LISTED_COLUMN,
        bylines: [{ name: LISTED_REPORTER, role: "reporter", affiliation: "本报" }],
      }),
    ),
    { issueDate: "2025-12-20", pageNumber: 2, pageName: "综合", publish: false },
    SYSTEM_IMPORT,
  );
  // Published, but its issue is not released.
  const unreleased = await importPage(
    page(story({ headline: "未出版期标题", paragraphs: ["未出版期正文。"], bylines: [{ name: "草稿记者", role: "reporter", affiliation: "本报" }] })),
    { issueDate: "2025-12-21", pageNumber: 1, pageName: "要闻", publish: true, release: false },
    SYSTEM_IMPORT,
  );
  // A live story edited in the newsroom and saved, not republished.
  const edited = await importPage(
    page(story({ headline: "已发布的原标题", paragraphs: ["已发布的原正文。"] })),
    { issueDate: "2025-12-20", pageNumber: 3, pageName: "民生", publish: true },
    SYSTEM_IMPORT,
  );
  const editedId = edited.articles[0]?.id ?? 0;
  // A section with one published story in it (sections are made by admins, not by the importer); the
  // listed draft is filed there too, in its working copy only.
  const section = await getDb().section.create({ data: { slug: LISTED_SECTION_SLUG, name: "时政" } });
  await getDb().article.updateMany({ where: { id: { in: [editedId, draft.articles[1]?.id ?? 0] } }, data: { sectionId: section.id } });
  await getDb().$transaction((tx) => publishCurrentVersion(tx, editedId));
  await getDb().article.update({
    where: { id: editedId },
    data: {
      headline: "未发布的修改标题",
      body: asJson({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "未发布的修改正文。" }] }] }),
      plainText: "未发布的修改正文。",
      version: { increment: 1 },
    },
  });
  return { seed, draftId: draft.articles[0]?.id ?? 0, unreleasedId: unreleased.articles[0]?.id ?? 0, editedId };
}

export function expectNoLeak(value: unknown, expect: (actual: string) => { not: { toContain: (s: string) => void } }) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  for (const marker of LEAK_MARKERS) expect(text).not.toContain(marker);
}

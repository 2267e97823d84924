// The parser's doubts about a story are stored with it, so its editor sees them on the story's page.
import { describe, expect, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { getImportWarnings } from "@/lib/import/get-import-warnings";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { SEED_FILE } from "../helpers/pages";

describe("import warnings per story", () => {
  it("stores each story's doubts with it, and only with it", async () => {
    const parsed = parsePageText(await readPageFile(SEED_FILE));
    const result = await importPage(parsed, { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻" }, SYSTEM_IMPORT);
    const social = result.articles.find((article) => article.headline.startsWith("扩面有力度"));
    const first = result.articles[0];
    if (!social || !first) throw new Error("seed stories missing");
    const warnings = await getImportWarnings(social.id);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/扩面有力度.*在原文中排在正文之后/u);
    expect(await getImportWarnings(first.id)).toEqual([]);
  }, 120_000);

  it("replaces a story's doubts when the page is imported again", async () => {
    const input = { issueDate: "2025-12-21", pageNumber: 2, pageName: "综合" };
    const doubtful = parsePageText("简讯标题\n\n这是一条没有署名也没有电头的短消息，内容简单明了。");
    const [created] = (await importPage(doubtful, input, SYSTEM_IMPORT)).articles;
    expect(await getImportWarnings(created?.id ?? 0)).toEqual([expect.stringContaining("没有署名也没有电头")]);

    const clear = parsePageText("简讯标题\n\n本报讯 （记者王文安）这是一条有电头的短消息，内容简单明了。");
    const [replaced] = (await importPage(clear, { ...input, replace: true }, SYSTEM_IMPORT)).articles;
    expect(replaced?.id).toBe(created?.id);
    expect(await getImportWarnings(replaced?.id ?? 0)).toEqual([]);
    expect(await getDb().article.count()).toBe(1);
  });
});

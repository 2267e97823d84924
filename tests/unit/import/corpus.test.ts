// Runs the parser over every invented page in tests/fixtures/import-corpus (one page per convention of
// other papers and decades) and compares each story field by field with the page's expected JSON.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePageText } from "@/lib/import/parse-page-text";
import type { TParsedArticle } from "@/lib/import/types";

const dir = path.resolve(import.meta.dirname, "../../fixtures/import-corpus");
const pages = readdirSync(dir)
  .filter((file) => file.endsWith(".txt"))
  .sort();

const FIELDS = ["kind", "column", "kicker", "headline", "subheadline", "dateline", "bylines", "blocks", "jumpToPage", "jumpFromPage"] as const;

/** Every field of every expected story, plus whether the story carries a warning, as "story.field" → right or wrong. */
function compare(expected: TParsedArticle[], actual: TParsedArticle[]): { field: string; right: boolean }[] {
  return expected.flatMap((want, i) => {
    const got = actual[i];
    const fields = FIELDS.map((field) => ({ field: `${i}.${field}`, right: got !== undefined && JSON.stringify(got[field]) === JSON.stringify(want[field]) }));
    const warned = { field: `${i}.warned`, right: got !== undefined && (got.warnings?.length ?? 0) > 0 === (want.warnings?.length ?? 0) > 0 };
    return [...fields, warned];
  });
}

describe("import corpus: page conventions of other papers and decades", () => {
  const results = pages.map((file) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    const expected = (JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as { articles: TParsedArticle[] }).articles;
    const parsed = parsePageText(text);
    return { file, expected, parsed, fields: compare(expected, parsed.articles) };
  });

  it("has one page per convention", () => {
    expect(pages.map((file) => file.split("-")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it.each(pages)("%s: every story, every field", (file) => {
    const result = results.find((r) => r.file === file);
    if (!result) throw new Error(`no result for ${file}`);
    expect(result.parsed.articles).toHaveLength(result.expected.length);
    expect(result.fields.filter((f) => !f.right).map((f) => f.field)).toEqual([]);
    // The full contract too: derived lists and the zh-CN doubts for the editor.
    expect(result.parsed.articles).toEqual(result.expected);
  });

  it("reports the share of fields right", () => {
    const all = results.flatMap((r) => r.fields);
    const right = all.filter((f) => f.right).length;
    for (const r of results) {
      const ok = r.fields.filter((f) => f.right).length;
      console.info(`import corpus ${r.file}: ${ok}/${r.fields.length} fields right`);
    }
    console.info(`import corpus: ${right}/${all.length} fields right (${((100 * right) / all.length).toFixed(1)}%)`);
    expect(right).toBe(all.length);
  });
});

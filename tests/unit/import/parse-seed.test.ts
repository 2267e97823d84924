import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePageText } from "@/lib/import/parse-page-text";
import type { TParsedPage } from "@/lib/import/types";

const seeds = path.resolve(import.meta.dirname, "../../../seeds");
const text = readFileSync(path.join(seeds, "jinzhong-daily-2025-12-20-p1.txt"), "utf8");
const expected = JSON.parse(readFileSync(path.join(seeds, "jinzhong-daily-2025-12-20-p1.expected.json"), "utf8")) as TParsedPage;

describe("seed page 晋中日报 2025-12-20 第1版", () => {
  const result = parsePageText(text);

  it("reads exactly the expected stories", () => {
    expect(result.articles).toEqual(expected.articles);
  });

  it("reads the same page with CRLF line ends and a BOM", () => {
    expect(parsePageText(`\uFEFF${text.replace(/\n/g, "\r\n")}`).articles).toEqual(expected.articles);
  });

  it("reports the headline it found after its body", () => {
    expect(result.warnings.some((w) => w.includes("扩面有力度") && w.includes("after its body"))).toBe(true);
  });
});

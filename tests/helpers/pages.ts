// Small hand-made parsed pages for importer tests (the parser has its own tests).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TParsedArticle, TParsedPage } from "@/lib/import/types";

export const SEED_FILE = path.resolve("seeds/jinzhong-daily-2025-12-20-p1.txt");
export const SEED_EXPECTED = JSON.parse(readFileSync(path.resolve("seeds/jinzhong-daily-2025-12-20-p1.expected.json"), "utf8")) as TParsedPage & {
  issueDate: string;
  page: { number: number; name: string };
};

export function story(overrides: Partial<TParsedArticle> & { headline: string }): TParsedArticle {
  const paragraphs = overrides.paragraphs ?? [`${overrides.headline}的正文。`];
  return {
    kind: "news",
    column: null,
    kicker: null,
    subheadline: null,
    dateline: null,
    bylines: [{ name: "张三", role: "reporter", affiliation: "本报" }],
    subheads: [],
    blocks: paragraphs.map((text) => ({ type: "paragraph" as const, text })),
    jumpToPage: null,
    jumpFromPage: null,
    ...overrides,
    paragraphs,
  };
}

export function page(...articles: TParsedArticle[]): TParsedPage {
  return { articles, warnings: [] };
}

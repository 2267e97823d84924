// Imports the printed pages listed in seeds/manifest.json, skipping pages that are already there.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { issueDateToDb } from "@/lib/issues/issue-date";
import { DEFAULT_PUBLICATION } from "@/lib/publications/default-publication";
import { importPage, ZImportPageInput } from "./import-page";
import { parsePageText } from "./parse-page-text";
import { readPageFile } from "./read-page-file";

export const SEEDS_DIR = path.resolve(process.cwd(), "seeds");

const ZSeedManifest = z.object({
  pages: z.array(ZImportPageInput.omit({ replace: true }).extend({ file: z.string().min(1) })).min(1),
});

export interface TSeedOutcome {
  file: string;
  issueDate: string;
  pageNumber: number;
  outcome: "imported" | "skipped";
  stories: number;
}

async function pageHasImportedStories(issueDate: string, pageNumber: number): Promise<boolean> {
  const part = await getDb().articlePlacement.findFirst({
    where: {
      sequence: 0,
      article: { origin: "import" },
      page: { number: pageNumber, issue: { date: issueDateToDb(issueDate), publication: { slug: DEFAULT_PUBLICATION.slug } } },
    },
    select: { id: true },
  });
  return part !== null;
}

export async function seedPages(options: { dir?: string } = {}): Promise<TSeedOutcome[]> {
  const dir = options.dir ?? SEEDS_DIR;
  const manifest = ZSeedManifest.parse(JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")));
  const outcomes: TSeedOutcome[] = [];
  for (const entry of manifest.pages) {
    const { file, ...input } = entry;
    if (await pageHasImportedStories(input.issueDate, input.pageNumber)) {
      outcomes.push({ file, issueDate: input.issueDate, pageNumber: input.pageNumber, outcome: "skipped", stories: 0 });
      continue;
    }
    const parsed = parsePageText(await readPageFile(path.join(dir, file)));
    const result = await importPage(parsed, { ...input, replace: false }, SYSTEM_IMPORT);
    outcomes.push({ file, issueDate: input.issueDate, pageNumber: input.pageNumber, outcome: "imported", stories: result.articles.length });
  }
  return outcomes;
}

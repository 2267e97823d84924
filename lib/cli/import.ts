// npm run --silent import -- [--dry-run] [--json] [--publish] [--release] [--replace]
//   --date YYYY-MM-DD [--page N] [--page-name NAME] [--issue-number N] [--released-at T] FILE|FOLDER…
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { dryRunResult } from "@/lib/import/dry-run";
import { importPage, type TImportPageResult, ZImportPageInput } from "@/lib/import/import-page";
import { listPageFiles, type TPageFile } from "@/lib/import/page-files";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import type { TParsedPage } from "@/lib/import/types";
import { runCli, UsageError } from "./run-cli";

const USAGE = `usage: npm run --silent import -- [--dry-run] [--json] [--publish] [--release] [--replace]
         --date YYYY-MM-DD [--page N] [--page-name NAME] [--issue-number N] [--released-at T] FILE|FOLDER...

  FILE|FOLDER     one page dump per file; a folder means its .txt files. With several files the
                  page number comes from each file name (…-p4.txt); pages are imported in page
                  order, so a story continued on page 4 (上接第1版) finds its first part
  --page N        the page number of a single FILE (required for one FILE)
  --dry-run       parse only; touch no database
  --json          print JSON on stdout (logs go to stderr): one object for one page, else {"pages": […]}
  --publish       store the stories as published (a printed page) instead of drafts
  --release       release the issue to readers, as of 05:00 Asia/Shanghai on its date (an archive keeps its dates)
  --released-at T release (and date the published stories) at this ISO time instead, e.g. 2025-12-20T06:30+08:00
  --replace       replace stories imported earlier on these pages, unless someone edited them`;

function toInteger(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        publish: { type: "boolean", default: false },
        release: { type: "boolean", default: false },
        replace: { type: "boolean", default: false },
        date: { type: "string" },
        page: { type: "string" },
        "page-name": { type: "string" },
        "issue-number": { type: "string" },
        "released-at": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function isFolder(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null))?.isDirectory() ?? false;
}

/** Progress for a person at a terminal; pipes and logs get only the per-page reports. */
function progress(message: string) {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

function reportDryRun(parsed: TParsedPage, issueDate: string, pageNumber: number, pageName: string | null) {
  process.stdout.write(`${issueDate} 第${pageNumber}版 ${pageName ?? ""}: ${parsed.articles.length} stories (dry run, nothing stored)\n`);
  for (const article of parsed.articles) {
    process.stdout.write(`  [${article.kind}] ${article.headline || "(untitled photo)"}${article.jumpToPage ? ` → 第${article.jumpToPage}版` : ""}\n`);
  }
  for (const warning of parsed.warnings) process.stderr.write(`warning: 第${pageNumber}版: ${warning}\n`);
}

function reportStored(result: TImportPageResult) {
  process.stdout.write(
    `Imported ${result.issueDate} 第${result.page.number}版 ${result.page.name ?? ""}: ${result.articles.length} stories` +
      (result.replacedArticleIds.length ? `, replacing ${result.replacedArticleIds.length}` : "") +
      (result.warnings.length ? `, ${result.warnings.length} warnings` : "") +
      "\n",
  );
  for (const article of result.articles) {
    const how = article.outcome === "continued" ? `continues #${article.id}` : `#${article.id}`;
    process.stdout.write(`  ${how} [${article.kind}, ${article.status}] ${article.headline || "(untitled photo)"}\n`);
  }
}

async function main() {
  const { values, positionals } = readArgs();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) throw new UsageError("no FILE given");
  if (!values.date) throw new UsageError("--date is required");
  const pageOverride = toInteger(values.page, "--page");
  // One FILE keeps the original contract (--page required); several files or a folder take page numbers from the names.
  const oneFile = positionals.length === 1 && !(await isFolder(positionals[0] as string));
  if (oneFile && pageOverride === null) throw new UsageError("--page is required");
  const pageFiles: TPageFile[] = await listPageFiles(positionals, pageOverride);
  const single = pageFiles.length === 1;
  if (!single && values["page-name"] !== undefined) throw new UsageError("--page-name names one page; give one FILE with it");

  const inputs = pageFiles.map(({ pageNumber }) =>
    ZImportPageInput.parse({
      issueDate: values.date,
      pageNumber,
      pageName: values["page-name"] ?? null,
      issueNumber: toInteger(values["issue-number"], "--issue-number"),
      publish: values.publish,
      // Release once, with the last page, so readers never see a half-imported issue.
      release: values.release,
      releasedAt: values["released-at"] ?? null,
      replace: values.replace,
    }),
  );
  // Every page is read and parsed before anything is stored: a page that cannot be read stops the run with nothing written.
  const parsedPages: TParsedPage[] = [];
  for (const [index, { file, pageNumber }] of pageFiles.entries()) {
    progress(`[${index + 1}/${pageFiles.length}] 读取第${pageNumber}版 ${file}`);
    try {
      parsedPages.push(parsePageText(await readPageFile(file)));
    } catch (error) {
      if (!single && error instanceof Error) error.message = `${file}: ${error.message}`;
      throw error;
    }
  }

  if (values["dry-run"]) {
    const results = parsedPages.map((parsed, index) => {
      const input = inputs[index] as (typeof inputs)[number];
      return dryRunResult(parsed, { issueDate: input.issueDate, pageNumber: input.pageNumber, pageName: input.pageName });
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(single ? results[0] : { pages: results }, null, 2)}\n`);
    } else {
      parsedPages.forEach((parsed, index) => {
        const input = inputs[index] as (typeof inputs)[number];
        reportDryRun(parsed, input.issueDate, input.pageNumber, input.pageName);
      });
    }
    return;
  }

  const database = await ensureDatabase();
  try {
    const results: TImportPageResult[] = [];
    for (const [index, parsed] of parsedPages.entries()) {
      const input = inputs[index] as (typeof inputs)[number];
      progress(`[${index + 1}/${pageFiles.length}] 导入第${input.pageNumber}版（${parsed.articles.length} 篇）`);
      const last = index === parsedPages.length - 1;
      let result: TImportPageResult;
      try {
        // Each page is one transaction: a refused page writes nothing, and the pages before it stay stored.
        result = await importPage(parsed, { ...input, release: input.release && last }, SYSTEM_IMPORT);
      } catch (error) {
        if (!single && error instanceof Error) {
          const stored = results.map((r) => r.page.number);
          error.message = `page ${input.pageNumber}: ${error.message}${stored.length ? ` (pages ${stored.join(", ")} were stored; re-run with --replace to resume)` : " (nothing was stored)"}`;
        }
        throw error;
      }
      results.push(result);
      if (!values.json) reportStored(result);
      for (const warning of result.warnings) process.stderr.write(`warning: 第${result.page.number}版: ${warning}\n`);
    }
    if (values.json) process.stdout.write(`${JSON.stringify(single ? results[0] : { pages: results }, null, 2)}\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

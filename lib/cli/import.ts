// npm run --silent import -- [--dry-run] [--json] [--publish] [--release] [--replace]
//   --date YYYY-MM-DD --page N [--page-name NAME] [--issue-number N] FILE
import { parseArgs } from "node:util";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { dryRunResult } from "@/lib/import/dry-run";
import { importPage, ZImportPageInput } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { runCli, UsageError } from "./run-cli";

const USAGE = `usage: npm run --silent import -- [--dry-run] [--json] [--publish] [--release] [--replace]
         --date YYYY-MM-DD --page N [--page-name NAME] [--issue-number N] FILE

  --dry-run       parse only; touch no database
  --json          print one JSON object on stdout (logs go to stderr)
  --publish       store the stories as published (a printed page) instead of drafts
  --release       release the issue to readers
  --replace       replace stories imported earlier on this page, unless someone edited them`;

function toInteger(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

async function main() {
  const { values, positionals } = (() => {
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
          help: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "no FILE given" : `one FILE expected, got ${positionals.length}`);
  if (!values.date) throw new UsageError("--date is required");
  if (values.page === undefined) throw new UsageError("--page is required");

  const input = ZImportPageInput.parse({
    issueDate: values.date,
    pageNumber: toInteger(values.page, "--page"),
    pageName: values["page-name"] ?? null,
    issueNumber: toInteger(values["issue-number"], "--issue-number"),
    publish: values.publish,
    release: values.release,
    replace: values.replace,
  });
  const file = positionals[0] as string;
  const parsed = parsePageText(await readPageFile(file));

  if (values["dry-run"]) {
    const result = dryRunResult(parsed, { issueDate: input.issueDate, pageNumber: input.pageNumber, pageName: input.pageName });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      process.stdout.write(`${input.issueDate} 第${input.pageNumber}版 ${input.pageName ?? ""}: ${parsed.articles.length} stories (dry run, nothing stored)\n`);
      for (const article of parsed.articles) {
        process.stdout.write(`  [${article.kind}] ${article.headline || "(untitled photo)"}${article.jumpToPage ? ` → 第${article.jumpToPage}版` : ""}\n`);
      }
      for (const warning of parsed.warnings) process.stderr.write(`warning: ${warning}\n`);
    }
    return;
  }

  const database = await ensureDatabase();
  try {
    const result = await importPage(parsed, input, SYSTEM_IMPORT);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      process.stdout.write(
        `Imported ${result.issueDate} 第${result.page.number}版 ${result.page.name ?? ""}: ${result.articles.length} stories` +
          (result.replacedArticleIds.length ? `, replacing ${result.replacedArticleIds.length}` : "") +
          "\n",
      );
      for (const article of result.articles) {
        const how = article.outcome === "continued" ? `continues #${article.id}` : `#${article.id}`;
        process.stdout.write(`  ${how} [${article.kind}, ${article.status}] ${article.headline || "(untitled photo)"}\n`);
      }
    }
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

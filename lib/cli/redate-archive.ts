// npm run import:redate [-- --dry-run] — one-off: re-dates issues an earlier importer released at the
// moment of the import, so archive stories carry their own issue's date in feeds, sitemaps and JSON-LD.
import { parseArgs } from "node:util";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { disconnectDb, getDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { redateImportedIssues } from "@/lib/issues/redate-imported-issues";
import { runCli, UsageError } from "./run-cli";

const USAGE = "usage: npm run import:redate [-- --dry-run]";

async function main() {
  const { values } = (() => {
    try {
      return parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  const database = await ensureDatabase();
  try {
    const dryRun = values["dry-run"];
    const redated = await getDb().$transaction((tx) => redateImportedIssues(tx, SYSTEM_IMPORT, { dryRun }), { timeout: 120_000 });
    for (const issue of redated) process.stdout.write(`${dryRun ? "Would re-date" : "Re-dated"} ${issue.issueDate}: released ${issue.from} → ${issue.to}\n`);
    process.stdout.write(`${redated.length} issue(s) ${dryRun ? "to re-date (dry run, nothing changed)" : "re-dated"}\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

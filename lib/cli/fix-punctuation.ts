// npm run import:fix-punctuation -- [--dry-run] — converts stories stored before the importer set
// full-width punctuation next to Chinese text; one revision per changed story, live stories republished.
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { fixPunctuation } from "@/lib/import/fix-punctuation";
import { runCli, UsageError } from "./run-cli";

const USAGE = `usage: npm run import:fix-punctuation -- [--dry-run]

  --dry-run   list the stories that would change; write nothing`;

async function main() {
  const { values } = (() => {
    try {
      return parseArgs({ options: { "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const database = await ensureDatabase();
  try {
    const result = await fixPunctuation({ kind: "system", source: "cli" }, { dryRun: values["dry-run"] });
    for (const story of result.changed) {
      process.stdout.write(`  #${story.id} ${story.headline || "(untitled)"}${story.republished ? " (republished)" : ""}\n`);
    }
    const verb = values["dry-run"] ? "would change" : "changed";
    process.stdout.write(`Checked ${result.checked} stories, ${verb} ${result.changed.length}.\n`);
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, USAGE);

// npm run db:seed — imports the printed pages in seeds/manifest.json that are not in the database yet.
import { disconnectDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { seedPages } from "@/lib/import/seed-pages";
import { runCli } from "./run-cli";

async function main() {
  const database = await ensureDatabase();
  try {
    for (const outcome of await seedPages()) {
      const where = `${outcome.issueDate} 第${outcome.pageNumber}版 (${outcome.file})`;
      process.stdout.write(outcome.outcome === "imported" ? `Imported ${where}: ${outcome.stories} stories\n` : `Skipped ${where}: already imported\n`);
    }
  } finally {
    await disconnectDb();
    await database.release();
  }
}

await runCli(main, "usage: npm run db:seed");

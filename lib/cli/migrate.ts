// npm run db:migrate — applies pending migrations (starting the embedded PostgreSQL when DATABASE_URL is unset).
import { ensureDatabase } from "@/lib/db/ensure-database";
import { runCli } from "./run-cli";

await runCli(async () => {
  const database = await ensureDatabase();
  await database.release();
}, "usage: npm run db:migrate");

// A generated archive with fresh planner statistics, as search's estimates read them: the database of each
// test starts empty; twelve generated days (≈700 stories), ANALYZEd, and the cached pair statistics forgotten.
import pg from "pg";
import { forgetPairStatistics } from "@/lib/search/pair-statistics";
import { generateArchive } from "../../bench/archive-generator";

export async function generateAnalyzedArchive(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await generateArchive(client, { startDate: "2025-10-01", days: 12, seed: 5 });
    await client.query(`ANALYZE "ArticleSnapshot"`);
  } finally {
    await client.end();
  }
  forgetPairStatistics();
}

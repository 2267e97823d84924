// Prints PostgreSQL's plan, with actual times and buffers, for every statement one readers' search runs:
//   DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/search-explain.ts "晋中 养老保险" [date]
// (point it at a database kept by `BENCH_SEARCH_DIR=… npm run bench:search`). It records what
// searchArticles() sends through node-postgres, then replays it under EXPLAIN (ANALYZE, BUFFERS).
import pg from "pg";
import { disconnectDb } from "@/lib/db/client";
import { searchArticles } from "@/lib/search/search-articles";
import { ZSearchFilters } from "@/lib/search/search-params";

type TStatement = { text: string; values: unknown[]; ms: number };
const statements: TStatement[] = [];
function record(prototype: { query: unknown }) {
  const original = prototype.query as (...args: unknown[]) => unknown;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args as [{ text?: string; values?: unknown[] } | string, unknown];
    const text = typeof config === "string" ? config : config?.text;
    const params = (typeof config === "object" && config?.values) || (Array.isArray(values) ? values : []);
    const started = performance.now();
    const result = original.apply(this, args);
    if (typeof text === "string" && result instanceof Promise) {
      const entry = { text, values: params, ms: 0 };
      statements.push(entry);
      result.then(
        () => {
          entry.ms = performance.now() - started;
        },
        () => {},
      );
    }
    return result;
  };
}
record(pg.Pool.prototype);

async function main() {
  const [query = "晋中", sort = "relevance", page = "1"] = process.argv.slice(2);
  const filters = ZSearchFilters.parse({ sort, page });
  await searchArticles(query, filters); // warm
  statements.length = 0;
  const started = performance.now();
  const results = await searchArticles(query, filters);
  console.log(
    `searchArticles("${query}", ${sort}, page ${page}): ${(performance.now() - started).toFixed(1)} ms, total ${results?.total}${results?.capped ? "+" : ""}, ${results?.hits.length} hits`,
  );
  const recorded = [...statements];
  await disconnectDb();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  for (const statement of recorded) {
    const text = statement.text.trim();
    console.log(`\n-- ${statement.ms.toFixed(1)} ms: ${text.replace(/\s+/g, " ").slice(0, 300)}`);
    if (/^(BEGIN|COMMIT|ROLLBACK|SET)/i.test(text)) {
      await client.query(text);
      continue;
    }
    if (!/^\(?\s*(SELECT|WITH)/i.test(text)) continue;
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, statement.values);
    console.log(plan.rows.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  await client.end();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

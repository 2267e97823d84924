// How many stories a query of common words is in, from the pairs' own statistics: a term counts as often
// as its rarest pair, the terms multiply. PostgreSQL's estimate multiplies every pair, though a word's pairs
// go together, and was more than ten times too low for 晋中 养老保险 at 138,567 stories, which made each such
// search count its matches first. Anything not made of common pairs gets no estimate here.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { estimateCommonTerms } from "@/lib/search/pair-statistics";
import { buildTsquery } from "@/lib/search/tokens";
import { generateAnalyzedArchive } from "../helpers/analyzed-archive";

async function actualMatches(query: string): Promise<number> {
  const phrase = buildTsquery(query);
  const [row] = await getDb().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "ArticleSnapshot" s WHERE s."searchVector" @@ ${phrase}::tsquery`;
  return row?.n ?? 0;
}

async function plannerEstimate(query: string): Promise<number> {
  const [row] = await getDb().$queryRawUnsafe<Array<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM "ArticleSnapshot" s WHERE s."searchVector" @@ $1::tsquery`,
    buildTsquery(query, "", "lexemes"),
  );
  return row?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0;
}

describe("the estimate of a query of common words", () => {
  it("is close to the real number where the planner's is far too low, and says nothing of uncommon terms", async () => {
    await generateAnalyzedArchive();

    const query = "晋中 养老保险";
    const actual = await actualMatches(query);
    expect(actual).toBeGreaterThan(20);
    const estimate = await estimateCommonTerms(query.split(" "));
    expect(estimate).not.toBeNull();
    expect(estimate as number).toBeGreaterThan(actual / 2);
    expect(estimate as number).toBeLessThan(actual * 2);
    expect(await plannerEstimate(query)).toBeLessThan(actual / 2);

    // A rare pair, a lone character, letters and digits: no estimate (PostgreSQL's is used).
    expect(await estimateCommonTerms(["耿新洲"])).toBeNull();
    expect(await estimateCommonTerms(["市"])).toBeNull();
    expect(await estimateCommonTerms(["ai"])).toBeNull();
    expect(await estimateCommonTerms(["晋中", "5g"])).toBeNull();
    expect(await estimateCommonTerms([])).toBeNull();
  }, 120_000);
});

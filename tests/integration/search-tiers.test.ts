// A common term's first page is read from the newest stories in date order (a window PostgreSQL cannot
// plan around) or, for a headline phrase the statistics call rare, from the headline index. Whichever way
// a tier is found, and when a window comes back short, the page is the one the rule defines: every match
// with the query in its headline parts first, then the rest, each newest first.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { visibleSnapshotSql } from "@/lib/reader/visibility";
import { estimateHeadlineShare } from "@/lib/search/pair-statistics";
import { newestMatches, twoTiersByDate } from "@/lib/search/search-candidates";
import { buildTsquery } from "@/lib/search/tokens";
import { generateAnalyzedArchive } from "../helpers/analyzed-archive";

/** The rule itself: every visible match, headline matches first, each newest first. */
async function expectedOrder(phrase: string, now: Date, headFirst: boolean): Promise<number[]> {
  const q = Prisma.sql`${phrase}::tsquery`;
  const rows = await getDb().$queryRaw<Array<{ id: number }>>`SELECT s."id" FROM "ArticleSnapshot" s
    WHERE s."searchVector" @@ ${q} AND ${visibleSnapshotSql("s", now)}
    ORDER BY ${headFirst ? Prisma.sql`coalesce(s."searchHead" @@ ${q}, false) DESC,` : Prisma.empty} s."searchDate" DESC, s."id" DESC`;
  return rows.map((row) => row.id);
}

function tiers(phrase: string) {
  const q = Prisma.sql`${phrase}::tsquery`;
  const inBody = Prisma.sql`(s."searchVector" @@ ${q}) IS TRUE`;
  return {
    inBody,
    headHit: Prisma.sql`(s."searchHead" @@ ${q}) IS TRUE`,
    headIndexed: Prisma.sql`s."searchHead" @@ ${q}`,
    bodyHit: Prisma.sql`${inBody} AND NOT coalesce(s."searchHead" @@ ${q}, false)`,
  };
}

describe("a common term's first page", () => {
  it("is the same from the newest stories' window as from the headline index, also when a tier comes back short", async () => {
    await generateAnalyzedArchive();
    const now = new Date();
    const base = [visibleSnapshotSql("s", now)];

    // The statistics tell a headline word from a pair of words rarely together in a headline.
    const common = await estimateHeadlineShare(["晋中"]);
    const rare = await estimateHeadlineShare(["平遥古城", "文化旅游"]);
    expect(common).not.toBeNull();
    expect(rare).not.toBeNull();
    expect(common as number).toBeGreaterThan(20 * (rare as number));
    expect(await estimateHeadlineShare(["ai"])).toBeNull();

    let shortHeadTier = false;
    for (const query of ["晋中", "养老保险", "晋中 养老保险", "平遥古城 文化旅游", "榆次区 口袋公园"]) {
      const phrase = buildTsquery(query) as string;
      const expected = await expectedOrder(phrase, now, true);
      expect(expected.length, query).toBeGreaterThan(0);
      for (const limit of [3, 10, 40]) {
        const fromWindow = await twoTiersByDate(tiers(phrase), base, limit, true);
        const fromIndex = await twoTiersByDate(tiers(phrase), base, limit, false);
        expect(fromWindow, `${query} (window, ${limit})`).toEqual(expected.slice(0, limit));
        expect(fromIndex, `${query} (index, ${limit})`).toEqual(expected.slice(0, limit));
      }
      const [headCount] = await getDb().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "ArticleSnapshot" s
        WHERE s."searchHead" @@ ${phrase}::tsquery AND ${base[0] as Prisma.Sql}`;
      if ((headCount?.n ?? 0) < 40) shortHeadTier = true;

      // By date: the window's pages, and past what the window holds, PostgreSQL's own plan.
      const byDate = await expectedOrder(phrase, now, false);
      for (const offset of [0, 10, byDate.length - 5]) {
        expect(await newestMatches(tiers(phrase).inBody, base, Math.max(0, offset), 10), `${query} by date from ${offset}`).toEqual(
          byDate.slice(Math.max(0, offset), Math.max(0, offset) + 10),
        );
      }
    }
    // At least one query's headline tier held fewer than a page of 40, so the short-tier path ran.
    expect(shortHeadTier).toBe(true);
  }, 120_000);
});

// The relevance set: queries over the seeded front page, a generated archive of earlier issues and a few
// planted stories, each with the stories that must be in the first ten results (and, where it matters,
// first). Prints recall@10 and MRR; every must-find story must be found, every query that must find
// nothing finds nothing, and every result really contains every term (no false positives).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { formatBylines } from "@/lib/content/format-byline";
import { getDb } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { searchArticles, type TSearchHit } from "@/lib/search/search-articles";
import { ZSearchFilters } from "@/lib/search/search-params";
import { searchRuns } from "@/lib/search/tokens";
import { generateArchive } from "../../bench/archive-generator";
import { importSeedPage } from "../helpers/factories";
import { page, story } from "../helpers/pages";

const S1 = "市委理论学习中心组举行扩大学习会";
const S2 = "扩面有力度 服务有温度 监管有硬度";
const S3 = "家门口的幸福“食”光";
const S4 = "竞逐“北斗”新赛道 打造产业新高地";
const S5 = "晋中特色产品亮相2025世界绿发会暨中国绿博会";
const S6 = ""; // the untitled photo credited to 耿新洲
const P1 = "太谷区口袋公园建成开放";
const P2 = "榆次区推出AI政务助手";
const P3 = "晋中市人社局发布就业新政";

interface TCase {
  query: string;
  mustFind: string[];
  /** The first result must be this story. */
  first?: string;
}

const CASES: TCase[] = [
  // Personal names (two and three characters), in subheadlines, bylines and bodies.
  { query: "常书铭", mustFind: [S1], first: S1 },
  { query: "张韬", mustFind: [S1], first: S1 },
  { query: "王建忠", mustFind: [S1], first: S1 },
  { query: "王文安", mustFind: [S1], first: S1 },
  { query: "雷甫", mustFind: [S2], first: S2 },
  { query: "冯静宁", mustFind: [S3], first: S3 },
  { query: "王菲", mustFind: [S4], first: S4 },
  { query: "刘冬冬", mustFind: [S5], first: S5 },
  { query: "耿新洲", mustFind: [S6], first: S6 },
  { query: "张生辉", mustFind: [S2] },
  // Numbers with units, and their full-width forms.
  { query: "92.03万人", mustFind: [S2], first: S2 },
  { query: "９２．０３万人", mustFind: [S2], first: S2 },
  { query: "43.01万人", mustFind: [S2] },
  { query: "２０２５年１１月底", mustFind: [S2] },
  { query: "养老保险 92.03万人", mustFind: [S2], first: S2 },
  // Organisations and places.
  { query: "山西北斗产业园", mustFind: [S4], first: S4 },
  { query: "市委理论学习中心组", mustFind: [S1], first: S1 },
  { query: "枫桥经验", mustFind: [S1] },
  { query: "锦纶街道", mustFind: [S1] },
  { query: "乌金山镇", mustFind: [S2] },
  { query: "社区食堂", mustFind: [S3], first: S3 },
  { query: "太谷区 社区食堂", mustFind: [S3], first: S3 },
  { query: "榆次区 社保中心", mustFind: [S2], first: S2 },
  { query: "晋中", mustFind: [S5, P3], first: S5 },
  { query: "榆次", mustFind: [P2], first: P2 },
  { query: "太谷区", mustFind: [P1], first: P1 },
  { query: "市人社局", mustFind: [P3], first: P3 },
  { query: "口袋公园", mustFind: [P1], first: P1 },
  { query: "太谷区 口袋公园", mustFind: [P1], first: P1 },
  // Quote and width variants of the same words.
  { query: "“北斗”新赛道", mustFind: [S4], first: S4 },
  { query: '"北斗"新赛道', mustFind: [S4], first: S4 },
  { query: "「北斗」新赛道", mustFind: [S4], first: S4 },
  { query: "北斗 新赛道", mustFind: [S4], first: S4 },
  { query: "幸福“食”光", mustFind: [S3], first: S3 },
  { query: "幸福食光", mustFind: [S3], first: S3 },
  // Mixed Chinese and ASCII.
  { query: "2025世界绿发会", mustFind: [S5], first: S5 },
  { query: "２０２５世界绿发会", mustFind: [S5], first: S5 },
  { query: "绿博会", mustFind: [S5], first: S5 },
  // Generated stories with both terms in their headline parts rank above S4, which has 5G in its body only.
  { query: "北斗 5G", mustFind: [S4] },
  { query: "ai政务", mustFind: [P2], first: P2 },
  { query: "ＡＩ政务助手", mustFind: [P2], first: P2 },
  { query: "AI 榆次区", mustFind: [P2], first: P2 },
  // Two-character words.
  { query: "社保", mustFind: [S2], first: S2 },
  { query: "空中智慧网", mustFind: [S4], first: S4 },
  { query: "扩面有力度", mustFind: [S2], first: S2 },
  { query: "晋中特色产品", mustFind: [S5], first: S5 },
  // Nothing as written: the dictionary words of the query, each anywhere in the story.
  { query: "市委书记常书铭讲话", mustFind: [S1], first: S1 },
  { query: "晋中特色产品绿博会", mustFind: [S5], first: S5 },
  // Must find nothing.
  { query: "量子纠缠", mustFind: [] },
  { query: "xyzzy", mustFind: [] },
  { query: "常书铭 量子纠缠", mustFind: [] },
];

const tokenText = (text: string) =>
  searchRuns(text)
    .map((run) => run.text)
    .join("");

/** Everything a reader's search looks at in one story, as token characters. */
function searchableText(hit: TSearchHit): string {
  const { content } = hit;
  return [content.kicker, content.headline, content.subheadline, content.column?.name, content.dateline, formatBylines(content.bylines), hit.plainText]
    .filter(Boolean)
    .map((part) => tokenText(part as string))
    .join("|");
}

describe("search relevance", () => {
  it(`finds every must-find story of ${CASES.length} queries in the first ten, and nothing false`, async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // Twelve earlier days of generated issues: the noise the must-find stories have to rise above.
      await generateArchive(client, { startDate: "2025-10-01", days: 12, seed: 7 });
    } finally {
      await client.end();
    }
    await importSeedPage();
    await importPage(
      page(
        story({ headline: P1, paragraphs: ["太谷区新建口袋公园12处，周边居民在家门口就能休闲健身。"] }),
        story({ headline: P2, paragraphs: ["榆次区政务服务中心上线ＡＩ政务助手，群众办事少跑腿。"] }),
        story({ headline: P3, paragraphs: ["市人社局出台稳就业措施十条。"] }),
      ),
      { issueDate: "2025-12-19", pageNumber: 2, pageName: "综合", publish: true, release: true },
      SYSTEM_IMPORT,
    );
    expect(await getDb().articleSnapshot.count()).toBeGreaterThan(500);

    const filters = ZSearchFilters.parse({});
    let recallSum = 0;
    let recallCount = 0;
    let reciprocalSum = 0;
    const failures: string[] = [];
    for (const testCase of CASES) {
      const results = await searchArticles(testCase.query, filters);
      if (!results) throw new Error(`nothing searchable in ${testCase.query}`);
      const top = results.hits.map((hit) => hit.content.headline);
      // No false positives: every result holds every term.
      for (const hit of results.hits) {
        for (const term of results.terms) {
          if (!searchableText(hit).includes(tokenText(term))) failures.push(`${testCase.query}: 「${hit.content.headline}」 lacks ${term}`);
        }
      }
      if (testCase.mustFind.length === 0) {
        if (results.total !== 0) failures.push(`${testCase.query}: must find nothing, found ${results.total}`);
        continue;
      }
      const found = testCase.mustFind.filter((headline) => top.includes(headline));
      recallSum += found.length / testCase.mustFind.length;
      recallCount += 1;
      const firstRank = Math.min(...testCase.mustFind.map((headline) => top.indexOf(headline) + 1).filter((rank) => rank > 0));
      reciprocalSum += Number.isFinite(firstRank) ? 1 / firstRank : 0;
      if (found.length < testCase.mustFind.length)
        failures.push(`${testCase.query}: missing ${testCase.mustFind.filter((h) => !found.includes(h)).join(", ")} in [${top.join(" | ")}]`);
      if (testCase.first !== undefined && top[0] !== testCase.first) failures.push(`${testCase.query}: first is 「${top[0]}」, expected 「${testCase.first}」`);
    }
    const recall = recallSum / recallCount;
    const mrr = reciprocalSum / recallCount;
    console.log(`search relevance: ${CASES.length} queries, recall@10 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)}`);
    expect(failures).toEqual([]);
    expect(recall).toBe(1);
  }, 240_000);
});

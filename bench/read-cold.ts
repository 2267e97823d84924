// bench:read — cold renders: every reader page type rendered for the first time, straight from `next
// start` (no nginx), one request at a time, over many distinct URLs picked at random across the archive,
// the types taken in turn (one URL of each, then the next of each).
// Pages that exist once (front page, the indexes of 栏目/sections/people) are re-rendered each time with
// Next's on-demand revalidation header, which renders and stores them anew; feeds and sitemaps are
// route handlers that render on every request. Baselines in the same run: a `SELECT 1` round trip and a
// dynamic route that reads nothing (/robots.txt).
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { readerPaths } from "@/lib/reader-change/urls";
import { createRandom } from "./archive-generator";

export interface TColdType {
  type: string;
  urls: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Responses other than the expected status (200; 308 nowhere). */
  errors: number;
  slowest: string;
}

interface TTarget {
  url: string;
  headers?: Record<string, string>;
}

const STORIES_PER_LIST_PAGE = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function sample<T>(items: readonly T[], count: number, r: ReturnType<typeof createRandom>): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(r.next() * pool.length), 1)[0] as T);
  return out;
}

/** Distinct URLs per page type, `perType` of each (fewer when the archive has fewer), plus `warm` more to warm up on. */
async function pickTargets(databaseUrl: string, perType: number, warm: number, revalidateId: string): Promise<Map<string, TTarget[]>> {
  const r = createRandom(4242);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const n = perType + warm;
  try {
    const q = async <T>(sql: string) => (await client.query(sql)).rows as T[];
    // Page numbers as printed: an issue's pages need not run 1…n (the seeded issue has 第1版 and 第4版).
    const issues = await q<{ date: string; pages: number[] }>(
      `SELECT to_char(i."date", 'YYYY-MM-DD') AS date, array_agg(p."number" ORDER BY p."number") AS pages FROM "Issue" i JOIN "Page" p ON p."issueId" = i."id" WHERE i."releasedAt" IS NOT NULL GROUP BY i."id"`,
    );
    const months = [...new Set(issues.map((issue) => issue.date.slice(0, 7)))];
    const stories = await q<{ articleId: number; headline: string }>(
      `SELECT s."articleId", s."headline" FROM "ArticleSnapshot" s JOIN "Article" a ON a."liveSnapshotId" = s."id" ORDER BY random() LIMIT ${n * 4}`,
    );
    const lists = async (kind: "column" | "section" | "byline") => {
      const rows =
        kind === "byline"
          ? await q<{ key: string; count: number }>(
              `SELECT c::text AS key, count(*)::int AS count FROM "ArticleSnapshot" s JOIN "Article" a ON a."liveSnapshotId" = s."id", unnest(s."contributorIds") AS c GROUP BY c`,
            )
          : await q<{ key: string; count: number }>(
              `SELECT t."slug" AS key, count(*)::int AS count FROM "ArticleSnapshot" s JOIN "Article" a ON a."liveSnapshotId" = s."id" JOIN "${kind === "column" ? "Column" : "Section"}" t ON t."id" = s."${kind}Id" GROUP BY t."slug"`,
            );
      const pages = rows.flatMap((row) => Array.from({ length: Math.ceil(row.count / STORIES_PER_LIST_PAGE) }, (_, i) => ({ key: row.key, page: i + 1 })));
      return sample(pages, n, r).map(({ key, page }) =>
        kind === "column" ? readerPaths.column(key, page) : kind === "section" ? readerPaths.section(key, page) : readerPaths.byline(Number(key), page),
      );
    };
    const again = (url: string, revalidate = false): TTarget[] =>
      Array.from({ length: n }, () => ({ url, headers: revalidate ? { "x-prerender-revalidate": revalidateId } : undefined }));
    const distinct = (urls: string[]): TTarget[] => urls.map((url) => ({ url }));
    return new Map<string, TTarget[]>([
      ["baseline: /robots.txt (dynamic, no query)", again("/robots.txt")],
      ["front page /", again("/", true)],
      ["month calendar /issues/YYYY-MM", distinct(sample(months, n, r).map(readerPaths.month))],
      ["issue /issues/DATE", distinct(sample(issues, n, r).map((issue) => readerPaths.issue(issue.date)))],
      [
        "page /issues/DATE/N",
        distinct(sample(issues, n, r).map((issue) => readerPaths.page(issue.date, issue.pages[Math.floor(r.next() * issue.pages.length)] as number))),
      ],
      ["story /articles/ID-SLUG", distinct(stories.slice(0, n).map((story) => readerPaths.article(story.articleId, story.headline)))],
      ["column list /columns/SLUG/N", distinct(await lists("column"))],
      ["section list /sections/SLUG/N", distinct(await lists("section"))],
      ["byline list /bylines/ID/N", distinct(await lists("byline"))],
      ["index of columns /columns", again("/columns", true)],
      ["index of people /bylines", again("/bylines", true)],
      ["feed /feed.xml", again("/feed.xml")],
      ["month sitemap /sitemaps/YYYY-MM.xml", distinct(sample(months, n, r).map(readerPaths.sitemapMonth))],
      ["sitemap index /sitemap.xml", again("/sitemap.xml")],
      ["news sitemap /news-sitemap.xml", again("/news-sitemap.xml")],
    ]);
  } finally {
    await client.end();
  }
}

/**
 * Asked as nginx asks the app (deploy/nginx: `Accept-Encoding ""`): the micro-cache stores the page
 * uncompressed and compresses for each client itself, so the app never gzips a reader page in production.
 * fetch() would otherwise ask for gzip, and Next compresses, which for a month's 400 KB sitemap is ≈7 ms of
 * work the deployed app does not do.
 */
const AS_NGINX_ASKS = { "accept-encoding": "identity" };

async function timeRequest(origin: string, target: TTarget): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(origin + target.url, { headers: { ...AS_NGINX_ASKS, ...target.headers }, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

export async function measureColdRenders(options: {
  origin: string;
  databaseUrl: string;
  distDir: string;
  perType: number;
  log: (line: string) => void;
}): Promise<{ baselineSelect1: TColdType; types: TColdType[] }> {
  const manifest = JSON.parse(await readFile(path.join(options.distDir, "prerender-manifest.json"), "utf8")) as { preview: { previewModeId: string } };
  const warm = 3;
  const targets = await pickTargets(options.databaseUrl, options.perType, warm, manifest.preview.previewModeId);
  const summarise = (type: string, times: Array<{ ms: number; url: string }>, errors: number): TColdType => {
    const sorted = [...times].sort((a, b) => a.ms - b.ms);
    const ms = sorted.map((time) => time.ms);
    return {
      type,
      urls: times.length,
      p50Ms: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
      maxMs: ms.at(-1) ?? Number.NaN,
      errors,
      slowest: sorted.at(-1)?.url ?? "",
    };
  };
  // Baseline: one round trip to PostgreSQL from this process.
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const select1: Array<{ ms: number; url: string }> = [];
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    await client.query("SELECT 1");
    if (i >= 20) select1.push({ ms: performance.now() - started, url: "SELECT 1" });
  }
  await client.end();
  // The first few of each type load the route's code: not what a crawler meets once the server has run a while.
  for (const list of targets.values()) for (const target of list.slice(0, warm)) await timeRequest(options.origin, target);
  // Then one URL of each type in turn, so that a slow moment of the machine falls on every type (and on the
  // /robots.txt baseline; SELECT 1 was timed before) alike, instead of on whichever type was measured then.
  const times = new Map([...targets.keys()].map((type) => [type, [] as Array<{ ms: number; url: string }>]));
  const errors = new Map([...targets.keys()].map((type) => [type, 0]));
  const rounds = Math.max(0, ...[...targets.values()].map((list) => list.length - warm));
  for (let round = 0; round < rounds; round += 1) {
    for (const [type, list] of targets) {
      const target = list[warm + round];
      if (!target) continue;
      const { ms, status } = await timeRequest(options.origin, target);
      if (status !== 200) errors.set(type, (errors.get(type) ?? 0) + 1);
      times.get(type)?.push({ ms, url: target.url });
    }
  }
  const types: TColdType[] = [];
  for (const type of targets.keys()) {
    const failed = errors.get(type) ?? 0;
    const summary = summarise(type, times.get(type) ?? [], failed);
    types.push(summary);
    options.log(
      `  ${type.padEnd(40)} ${String(summary.urls).padStart(4)} URLs  p50 ${summary.p50Ms.toFixed(1).padStart(7)} ms  p95 ${summary.p95Ms.toFixed(1).padStart(7)} ms  max ${summary.maxMs.toFixed(0).padStart(5)} ms${failed ? `  (${failed} not 200)` : ""}`,
    );
  }
  return { baselineSelect1: summarise("baseline: SELECT 1 round trip", select1, 0), types };
}

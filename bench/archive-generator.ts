// A deterministic archive of daily issues for benchmarks and relevance tests: realistic Chinese stories
// (names, places, organisations, numbers with units, recurring columns) written straight into the database
// in large INSERT … SELECT batches — the importer would take hours for ten years. Each story is the
// same rows the publish command writes (draft, live snapshot with reader dates, placements, bylines).
//
// What costs time: the search triggers (lib/search's SQL tokenizer runs on every draft and every snapshot,
// ≈4 ms per text on this machine, twice per story). `searchIndex: "skip"` leaves the vectors empty (the
// reader benchmark never searches), `"after"` fills them with one UPDATE per table once everything is in.
import type pg from "pg";

/** mulberry32: small, fast, the same sequence for the same seed on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}
export type TRandom = ReturnType<typeof createRandom>;

const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文".split(
    "",
  );
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文斌宇浩凯鹏飞辉晨雪梅琳婷慧海波宁安冬春晓东亮峰林华瑞祥福兴荣晋彤书铭韬星".split(
  "",
);
export const PLACES = [
  "晋中",
  "榆次区",
  "太谷区",
  "介休市",
  "灵石县",
  "平遥县",
  "祁县",
  "寿阳县",
  "昔阳县",
  "和顺县",
  "左权县",
  "榆社县",
  "山西",
  "太原",
  "晋中国家农业高新技术产业示范区",
  "山西综改示范区晋中开发区",
];
const TOWNS = [
  "东阳镇",
  "修文镇",
  "长凝镇",
  "北田镇",
  "胡村镇",
  "范村镇",
  "古陶镇",
  "洪善镇",
  "张兰镇",
  "义安镇",
  "两渡镇",
  "昭馀镇",
  "宗艾镇",
  "大寨镇",
  "义兴镇",
  "麻田镇",
  "云竹镇",
];
export const ORGANISATIONS = [
  "市委",
  "市政府",
  "市人大常委会",
  "市政协",
  "市人社局",
  "市发改委",
  "市教育局",
  "市卫健委",
  "市住建局",
  "市农业农村局",
  "市文旅局",
  "市生态环境局",
  "市医保局",
  "市税务局",
  "晋中学院",
  "山西农业大学",
  "山西北斗产业园",
  "晋中供电公司",
  "市消防救援支队",
  "市中级人民法院",
];
const TOPICS = [
  "高质量发展",
  "乡村振兴",
  "营商环境",
  "养老保险",
  "医疗保障",
  "口袋公园",
  "北斗导航",
  "数字经济",
  "生态保护",
  "文化旅游",
  "平遥古城",
  "晋商文化",
  "科技创新",
  "民间投资",
  "项目建设",
  "安全生产",
  "就业创业",
  "粮食生产",
  "农产品加工",
  "新能源汽车",
  "城市更新",
  "老旧小区改造",
  "社区治理",
  "义务教育",
  "冬季供暖",
  "森林防火",
  "黄河流域",
  "人工智能",
  "5G基站",
  "AI应用",
];
const COLUMNS = [
  "四中全会精神在基层",
  "民间投资重点项目巡礼",
  "以新气象新作为推动高质量发展取得新成效",
  "走进乡村看振兴",
  "身边的感动",
  "晋中故事",
  "一线探访",
  "法治晋中",
];
const SECTIONS = ["要闻", "综合", "县区", "经济", "民生", "文化", "体育", "副刊"];
const UNITS = ["万人", "亿元", "万元", "公顷", "公里", "个", "家", "项", "万吨", "%"];
const VERBS = ["推进", "落实", "开展", "部署", "召开", "举行", "启动", "完成", "建成", "提升"];

const SENTENCES: ReadonlyArray<(r: TRandom, story: TStoryFacts) => string> = [
  (r, s) => `今年以来，${s.place}${r.pick(ORGANISATIONS)}坚持以${s.topic}为抓手，${r.pick(VERBS)}各项重点工作，取得明显成效。`,
  (r, s) => `截至${r.int(1, 12)}月底，全市累计${r.pick(VERBS)}${s.topic}项目${r.int(12, 380)}个，完成投资${r.int(1, 99)}.${r.int(10, 99)}亿元。`,
  (r, s) => `据${s.person}介绍，${s.town}${s.topic}工作覆盖${r.int(2, 99)}.${r.int(10, 99)}万人，同比增长${r.int(1, 30)}.${r.int(1, 9)}%。`,
  (_r, s) => `“下一步，我们将继续做好${s.topic}工作，让群众有更多获得感。”${s.person}说。`,
  (r, _s) => `在${r.pick(TOWNS)}，村民${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.pick(GIVEN)}告诉记者，家门口的变化看得见、摸得着。`,
  (r, s) => `${r.pick(PLACES)}把${s.topic}与${r.pick(TOPICS)}结合起来，新增就业岗位${r.int(100, 9000)}个。`,
  (r) => `会议强调，要深入学习贯彻党的二十届四中全会精神，${r.pick(VERBS)}${r.pick(TOPICS)}，为全市经济社会发展提供有力支撑。`,
  (r, s) => `记者在${s.place}${r.pick(TOWNS)}看到，工人们正在加紧施工，${r.int(3, 40)}台大型机械来回穿梭。`,
  (r) => `${r.int(2015, 2025)}年，该项目被列入省级重点工程，总投资${r.int(2, 80)}亿元，预计年产值${r.int(5, 200)}亿元。`,
  (r) => `${r.pick(ORGANISATIONS)}相关负责人表示，将持续优化服务流程，推行“一网通办”“最多跑一次”。`,
  (r, s) => `活动现场，${s.person}向大家讲解了${r.pick(TOPICS)}的相关政策，发放宣传资料${r.int(200, 5000)}份。`,
  (r) => `全年接待游客${r.int(100, 2000)}.${r.int(1, 9)}万人次，实现旅游收入${r.int(10, 300)}亿元。`,
  (r) => `${r.pick(PLACES)}新建改建${r.pick(["口袋公园", "健身步道", "社区食堂", "充电桩", "农贸市场"])}${r.int(3, 90)}处，惠及周边居民${r.int(1, 30)}万余人。`,
  (r) => `据了解，该园区已入驻企业${r.int(10, 120)}家，其中高新技术企业${r.int(3, 40)}家，AI、北斗等新赛道企业${r.int(2, 20)}家。`,
  (r) => `此次共有${r.int(20, 600)}名干部群众参加，大家纷纷表示收获很大。`,
  (r, s) => `${s.place}${s.topic}相关指标持续向好，其中一项达到${r.int(1, 99)}.${r.int(10, 99)}${r.pick(UNITS)}。`,
];

interface TStoryFacts {
  place: string;
  town: string;
  topic: string;
  person: string;
}

export function personName(r: TRandom): string {
  return `${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.pick(GIVEN)}`;
}

export interface TGeneratedStory {
  kind: "news" | "feature" | "commentary";
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  dateline: string | null;
  column: string | null;
  bylines: string[];
  paragraphs: string[];
}

export function generateStory(r: TRandom, reporters: readonly string[], pageNumber: number): TGeneratedStory {
  const facts: TStoryFacts = { place: r.pick(PLACES), town: r.pick(TOWNS), topic: r.pick(TOPICS), person: personName(r) };
  const kind = r.next() < 0.6 ? "news" : r.next() < 0.9 ? "feature" : "commentary";
  const headline = r.pick([
    `${facts.place}${r.pick(VERBS)}${facts.topic}工作`,
    `${r.pick(ORGANISATIONS)}${r.pick(VERBS)}${facts.topic}专题会议`,
    `${facts.town}：${facts.topic}跑出“加速度”`,
    `${r.pick(PLACES)}${facts.topic}再上新台阶`,
    `让${facts.topic}惠及更多群众`,
  ]);
  const paragraphs: string[] = [];
  const count = r.int(4, 10);
  for (let index = 0; index < count; index += 1) {
    const sentences = r.int(2, 4);
    let paragraph = "";
    for (let n = 0; n < sentences; n += 1) paragraph += (r.pick(SENTENCES) as (r: TRandom, s: TStoryFacts) => string)(r, facts);
    paragraphs.push(paragraph);
  }
  return {
    kind,
    kicker: r.next() < 0.15 ? `${r.pick(PLACES)}——` : null,
    headline,
    subheadline: r.next() < 0.25 ? `——${r.pick(PLACES)}${r.pick(VERBS)}${r.pick(TOPICS)}纪实` : null,
    dateline: kind === "news" ? "本报讯" : null,
    column: pageNumber > 1 && r.next() < 0.2 ? r.pick(COLUMNS) : null,
    bylines: Array.from({ length: r.int(1, 2) }, () => r.pick(reporters)),
    paragraphs,
  };
}

export interface TArchiveOptions {
  startDate: string;
  days: number;
  pagesPerIssue?: number;
  seed?: number;
  /** Issues per INSERT batch. */
  batchDays?: number;
  /**
   * Resume a generation that stopped: the days before this one are generated again in memory (so every
   * later day is exactly what one run would have written) but not written, and the reporters already
   * written are reused by name.
   */
  fromDay?: number;
  /**
   * When the search vectors are computed: "per-row" (default) by the triggers as each row is written,
   * "after" by one statement per table once every batch is in (the triggers themselves, off during the
   * load), "skip" never (the vectors stay empty; for benchmarks that do not search).
   */
  searchIndex?: "per-row" | "after" | "skip";
  onProgress?: (done: number, total: number, stories: number) => void;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes `days` released daily issues starting at `startDate`, each with `pagesPerIssue` pages of 6–8
 * published stories (working draft, live snapshot, placement, bylines). Returns the number of stories.
 */
export async function generateArchive(client: pg.Client, options: TArchiveOptions): Promise<number> {
  const r = createRandom(options.seed ?? 20251220);
  const pagesPerIssue = options.pagesPerIssue ?? 8;
  const batchDays = options.batchDays ?? 20;
  const reporters = Array.from({ length: 240 }, () => personName(r));

  const publication = await client.query<{ id: number }>(
    `INSERT INTO "Publication" ("slug", "name") VALUES ('jinzhong-daily', '晋中日报') ON CONFLICT ("slug") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id"`,
  );
  const publicationId = publication.rows[0]?.id as number;
  const sections = new Map<string, { id: number; slug: string }>();
  for (const [index, name] of SECTIONS.entries()) {
    const row = await client.query<{ id: number; slug: string }>(
      `INSERT INTO "Section" ("slug", "name") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "slug" = "Section"."slug" RETURNING "id", "slug"`,
      [`gen-section-${index}`, name],
    );
    sections.set(name, row.rows[0] as { id: number; slug: string });
  }
  const columns = new Map<string, { id: number; slug: string }>();
  for (const [index, name] of COLUMNS.entries()) {
    const row = await client.query<{ id: number; slug: string }>(
      `INSERT INTO "Column" ("slug", "name") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "slug" = "Column"."slug" RETURNING "id", "slug"`,
      [`gen-column-${index}`, name],
    );
    columns.set(name, row.rows[0] as { id: number; slug: string });
  }
  const contributors = new Map<string, number>();
  for (const name of new Set(reporters)) {
    const existing = options.fromDay
      ? await client.query<{ id: number }>(`SELECT "id" FROM "Contributor" WHERE "name" = $1 ORDER BY "id" LIMIT 1`, [name])
      : null;
    const row = existing?.rows[0]
      ? existing
      : await client.query<{ id: number }>(`INSERT INTO "Contributor" ("name", "affiliation") VALUES ($1, '本报') RETURNING "id"`, [name]);
    contributors.set(name, row.rows[0]?.id as number);
  }

  const searchIndex = options.searchIndex ?? "per-row";
  const triggers = [
    ["ArticleSnapshot", "ArticleSnapshot_search"],
    ["Article", "Article_search"],
  ] as const;
  const setTriggers = async (state: "ENABLE" | "DISABLE") => {
    for (const [table, trigger] of triggers) await client.query(`ALTER TABLE "${table}" ${state} TRIGGER "${trigger}"`);
  };
  if (searchIndex !== "per-row") await setTriggers("DISABLE");
  try {
    const stories = await insertBatches(client, options, { r, reporters, publicationId, sections, columns, contributors, pagesPerIssue, batchDays });
    if (searchIndex === "after") {
      await setTriggers("ENABLE");
      // The triggers compute the vectors, as the search migration itself fills existing rows.
      await client.query(`UPDATE "ArticleSnapshot" SET "plainText" = "plainText"`);
      await client.query(`UPDATE "Article" SET "plainText" = "plainText"`);
    }
    return stories;
  } finally {
    if (searchIndex !== "per-row") await setTriggers("ENABLE");
  }
}

interface TBatchContext {
  r: TRandom;
  reporters: string[];
  publicationId: number;
  sections: Map<string, { id: number; slug: string }>;
  columns: Map<string, { id: number; slug: string }>;
  contributors: Map<string, number>;
  pagesPerIssue: number;
  batchDays: number;
}

async function insertBatches(client: pg.Client, options: TArchiveOptions, context: TBatchContext): Promise<number> {
  const { r, reporters, publicationId, sections, columns, contributors, pagesPerIssue, batchDays } = context;
  let stories = 0;
  for (let first = 0; first < options.days; first += batchDays) {
    const rows: unknown[] = [];
    for (let day = first; day < Math.min(options.days, first + batchDays); day += 1) {
      const date = addDays(options.startDate, day);
      for (let pageNumber = 1; pageNumber <= pagesPerIssue; pageNumber += 1) {
        const section = SECTIONS[(pageNumber - 1) % SECTIONS.length] as string;
        const perPage = r.int(6, 8);
        for (let position = 1; position <= perPage; position += 1) {
          const story = generateStory(r, reporters, pageNumber);
          if (day < (options.fromDay ?? 0)) continue;
          rows.push({
            date,
            number: day + 1,
            page: pageNumber,
            pageName: section,
            sectionId: sections.get(section)?.id,
            sectionSlug: sections.get(section)?.slug,
            position,
            kind: story.kind,
            kicker: story.kicker,
            headline: story.headline,
            subheadline: story.subheadline,
            dateline: story.dateline,
            columnId: story.column ? columns.get(story.column)?.id : null,
            columnSlug: story.column ? columns.get(story.column)?.slug : null,
            column: story.column,
            bylines: story.bylines.map((name) => ({ contributorId: contributors.get(name), name, role: "reporter", affiliation: "本报" })),
            paragraphs: story.paragraphs,
          });
        }
      }
    }
    if (rows.length === 0) continue;
    const json = JSON.stringify(rows);
    await client.query("BEGIN");
    await client.query(INSERT_ISSUES, [json, publicationId]);
    await client.query(INSERT_STORIES, [json, publicationId]);
    await client.query("COMMIT");
    stories += rows.length;
    options.onProgress?.(Math.min(options.days, first + batchDays), options.days, stories);
  }
  return stories;
}

const SOURCE = `src AS (
  SELECT x.* FROM json_to_recordset($1::json) AS x(
    date date, number int, page int, "pageName" text, "sectionId" int, "sectionSlug" text, position int, kind text, kicker text,
    headline text, subheadline text, dateline text, "columnId" int, "columnSlug" text, "column" text, bylines jsonb, paragraphs jsonb)
)`;

// Per batch: issues (released, and their release announced: an app started on the archive has no
// releases to catch up on) and pages first, then drafts (already naming their live snapshot), snapshots,
// placements and bylines.
// The inserts of one statement need no order among them: foreign keys are checked at its end. (Joining
// each to the rows the previous one returned made the planner, which expects one row from a CTE, compare
// every row with every other: most of the time a batch took.)
const INSERT_ISSUES = `
WITH ${SOURCE},
issues AS (
  INSERT INTO "Issue" ("publicationId", "date", "number", "releasedAt", "releaseNotifiedAt", "updatedAt")
  SELECT DISTINCT $2::int, date, number, date::timestamptz, date::timestamptz, now() FROM src
  RETURNING "id", "date"
),
pages AS (
  INSERT INTO "Page" ("issueId", "number", "name", "sectionId", "updatedAt")
  SELECT DISTINCT i."id", src.page, src."pageName", src."sectionId", now() FROM src JOIN issues i ON i."date" = src.date
  RETURNING "id"
)
SELECT count(*) FROM pages`;

const INSERT_STORIES = `
WITH ${SOURCE},
prepared AS (
  SELECT src.*, i."id" AS "issueId", p."id" AS "pageId",
    jsonb_build_object('type', 'doc', 'content',
      (SELECT jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', t))))
       FROM jsonb_array_elements_text(src.paragraphs) AS t)) AS body,
    (SELECT string_agg(t, E'\\n') FROM jsonb_array_elements_text(src.paragraphs) AS t) AS "plainText",
    nextval(pg_get_serial_sequence('"Article"', 'id')) AS "articleId",
    nextval(pg_get_serial_sequence('"ArticleSnapshot"', 'id')) AS "snapshotId"
  FROM src JOIN "Issue" i ON i."date" = src.date AND i."publicationId" = $2::int
  JOIN "Page" p ON p."issueId" = i."id" AND p."number" = src.page
),
articles AS (
  INSERT INTO "Article" ("id", "publicationId", "kind", "origin", "columnId", "sectionId", "kicker", "headline", "subheadline",
    "dateline", "body", "plainText", "charCount", "importedVersion", "firstPublishedAt", "updatedAt", "liveSnapshotId")
  SELECT "articleId", $2::int, kind::"ArticleKind", 'import', "columnId", "sectionId", kicker, headline, subheadline,
    dateline, body, "plainText", length(regexp_replace("plainText", '\\s', '', 'g')), 1, date::timestamptz, date::timestamptz, "snapshotId"
  FROM prepared
),
placements AS (
  INSERT INTO "ArticlePlacement" ("articleId", "sequence", "pageId", "position")
  SELECT "articleId", 0, "pageId", position FROM prepared
),
snapshots AS (
  INSERT INTO "ArticleSnapshot" ("id", "articleId", "version", "kind", "headline", "content", "issueId", "columnId", "sectionId",
    "contributorIds", "plainText", "charCount", "publishedAt", "actorKind", "actorSource", "readerPublishedAt", "readerModifiedAt", "searchDate")
  SELECT "snapshotId", "articleId", 1, kind::"ArticleKind", headline,
    jsonb_build_object('kind', kind, 'column', CASE WHEN "columnId" IS NULL THEN NULL ELSE jsonb_build_object('id', "columnId", 'name', "column", 'slug', "columnSlug") END,
      'section', jsonb_build_object('id', "sectionId", 'name', "pageName", 'slug', "sectionSlug"),
      'kicker', kicker, 'headline', headline, 'subheadline', subheadline, 'dateline', dateline, 'bylines', bylines, 'body', body,
      'charCount', length(regexp_replace("plainText", '\\s', '', 'g')),
      'placement', jsonb_build_object('issueId', "issueId", 'issueDate', date::text, 'parts',
        jsonb_build_array(jsonb_build_object('sequence', 0, 'pageId', "pageId", 'pageNumber', page, 'pageName', "pageName", 'position', position)))),
    "issueId", "columnId", "sectionId",
    ARRAY(SELECT (b ->> 'contributorId')::int FROM jsonb_array_elements(bylines) AS b),
    "plainText", length(regexp_replace("plainText", '\\s', '', 'g')), date::timestamptz, 'system', 'import',
    date::timestamptz, date::timestamptz,
    -- What the search trigger would write (the issue's date), for when it is off: the sitemap index reads it too.
    date
  FROM prepared
),
published AS (
  INSERT INTO "SnapshotPlacement" ("snapshotId", "pageId", "sequence", "position")
  SELECT "snapshotId", "pageId", 0, position FROM prepared
),
bylines AS (
  INSERT INTO "Byline" ("articleId", "contributorId", "role", "affiliation", "position")
  SELECT "articleId", (b.value ->> 'contributorId')::int, 'reporter', '本报', b.ordinality::int
  FROM prepared CROSS JOIN LATERAL jsonb_array_elements(bylines) WITH ORDINALITY AS b(value, ordinality)
)
SELECT count(*) FROM prepared`;

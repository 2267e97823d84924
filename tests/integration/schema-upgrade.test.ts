// A database made by the migrations before placement had one truth, holding the reader fixtures as that
// code stored them (tests/fixtures/pre-placement-database.json), upgraded by today's migrations: every
// reader surface must show readers the same stories, text and order as before the upgrade
// (tests/fixtures/pre-placement-reader.json, what the old code's reader queries returned).
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { MIGRATIONS_DIR, runMigrations } from "@/lib/db/migrate";
import { readerSurfaces } from "./reader-surfaces";

/** The migrations that made the database the fixture was taken from. */
const BEFORE = ["20261129000000_init", "20261129130000_newsroom"];
/** Tables in an order that inserts parents before children (constraints are off during the load anyway). */
const ORDER = [
  "Publication",
  "Section",
  "Column",
  "Contributor",
  "User",
  "Issue",
  "Page",
  "Article",
  "ArticleSnapshot",
  "SnapshotPlacement",
  "ArticlePart",
  "Jump",
  "Byline",
  "ArticleRevision",
  "AuditEvent",
];

const ownUrl = process.env.DATABASE_URL as string;
afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = ownUrl;
});

type TJson = Record<string, any>;

/** The facts readers get from each surface (see the test below). A continuation's part is listed by id. */
function readerDigest(surfaces: TJson) {
  const ids = (stories: TJson[] | undefined) => (stories ?? []).map((story) => story.articleId);
  const starts = (stories: TJson[] | undefined) => (stories ?? []).filter((story) => (story.sequence ?? 0) === 0).map((story) => story.articleId);
  return {
    front: starts(surfaces.front.front?.stories),
    issues: surfaces.issues.map((issue: TJson) =>
      issue.view.kind === "issue" ? issue.view.pages.map((page: TJson) => [page.number, page.name, starts(page.headlines)]) : issue.view.kind,
    ),
    pages: surfaces.pages.map((page: TJson) => (page.view ? [page.view.page.number, starts(page.view.stories)] : null)),
    articles: surfaces.articles.map((article: TJson) =>
      article.view
        ? {
            id: article.view.articleId,
            path: article.view.canonicalPath,
            text: article.view.plainText,
            headline: [article.view.content.kicker, article.view.content.headline, article.view.content.subheadline, article.view.content.dateline],
            bylines: article.view.content.bylines,
            placement: article.view.content.placement,
            body: article.view.content.body,
            published: article.view.datePublished,
          }
        : null,
    ),
    lists: surfaces.lists.map((list: TJson) => (list.list ? [list.list.name, list.list.total, ids(list.list.stories)] : null)),
    archive: surfaces.archive.archive.issueDates,
    latest: ids(surfaces.latest),
    sitemapMonths: surfaces.sitemapMonths.map((month: TJson) => month.month),
    sitemap: surfaces.sitemap.map((entry: TJson) => entry.path),
    news: ids(surfaces.news),
  };
}

async function loadFixture(client: pg.Client) {
  const tables = JSON.parse(await readFile(path.resolve("tests/fixtures/pre-placement-database.json"), "utf8")) as Record<string, unknown[]>;
  expect(Object.keys(tables).every((table) => ORDER.includes(table))).toBe(true);
  await client.query("BEGIN");
  await client.query("SET LOCAL session_replication_role = replica");
  for (const table of ORDER) {
    const rows = tables[table];
    if (!rows) continue;
    await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)]);
    if (table !== "User") await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
  }
  await client.query("COMMIT");
}

it("reads the same on every reader surface after the upgrade, with the jumps carried over to the placements", async () => {
  const name = `upgrade_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: `${inject("testDatabaseServerUrl")}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = `${inject("testDatabaseServerUrl")}/${name}`;

  const oldMigrations = await mkdtemp(path.join(os.tmpdir(), "old-migrations-"));
  for (const migration of BEFORE) await cp(path.join(MIGRATIONS_DIR, migration), path.join(oldMigrations, migration), { recursive: true });
  expect(await runMigrations(url, { dir: oldMigrations })).toEqual(BEFORE);
  await rm(oldMigrations, { recursive: true, force: true });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await loadFixture(client);
  await client.end();
  expect((await runMigrations(url)).length).toBeGreaterThan(0);

  await disconnectDb();
  process.env.DATABASE_URL = url;
  // What readers see, as the old code showed it: every story's text and placement, what each page, issue,
  // list, feed and sitemap lists, in order. Compared as a digest of those facts, so that later changes to
  // how pages present them (navigation, dates, tags) do not hide or fake a difference in the data.
  const expected = JSON.parse(await readFile(path.resolve("tests/fixtures/pre-placement-reader.json"), "utf8"));
  const surfaces = JSON.parse(JSON.stringify(await readerSurfaces()));
  expect(readerDigest(surfaces)).toEqual(readerDigest(expected));
  for (const article of surfaces.articles) {
    const view = article.view;
    if (!view) continue;
    const entry = surfaces.sitemap.find((candidate: { path: string }) => candidate.path === view.canonicalPath);
    expect(entry?.lastModified, view.canonicalPath).toEqual(view.dateModified);
  }

  // The 下转 links now live on the placements, working and published, as the bodies say.
  const jumps = await getDb().articlePlacement.findMany({ where: { jumpToPage: { not: null } }, include: { page: true } });
  expect(jumps.map((placement) => [placement.page.number, placement.jumpToPage])).toEqual([
    [1, 4],
    [1, 4],
  ]);
  expect(await getDb().snapshotPlacement.count({ where: { jumpToPage: 4 } })).toBe(2);
});

// A database made by the migrations before placement had one truth, holding the reader fixtures as that
// code stored them (tests/fixtures/pre-placement-database.json), upgraded by today's migrations: every
// reader surface must read exactly as it did before the upgrade (tests/fixtures/pre-placement-reader.json).
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
  // Sitemap lastmod of a story now follows its reader dates (a printed story's is its issue's release):
  // compared apart, everything else must be exactly as before.
  const withoutLastModified = (surfaces: unknown) =>
    JSON.parse(JSON.stringify(surfaces), (key, value) => (key === "lastModified" ? "(compared apart)" : value)) as unknown;
  const expected = JSON.parse(await readFile(path.resolve("tests/fixtures/pre-placement-reader.json"), "utf8"));
  const surfaces = await readerSurfaces();
  expect(withoutLastModified(surfaces)).toEqual(withoutLastModified(expected));
  for (const article of surfaces.articles) {
    const view = article.view;
    if (!view) continue;
    const entry = surfaces.sitemap.find((candidate) => candidate.path === view.canonicalPath);
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

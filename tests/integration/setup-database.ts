// Runs before every integration test file: gives the file its own database, and every test empty tables.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { isLocalDatabaseUrl } from "@/lib/db/database-url";
import { cloneTemplateDatabase } from "./global-setup";

const name = `test_${randomBytes(6).toString("hex")}`;
const url = await cloneTemplateDatabase(inject("testDatabaseServerUrl"), inject("testDatabaseTemplate"), name);
if (!isLocalDatabaseUrl(url)) throw new Error("integration tests only run against a database on this machine");
process.env.DATABASE_URL = url;

let tables: string[] = [];

beforeAll(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  tables = rows.map((row) => `"${row.tablename}"`);
  await client.end();
});

beforeEach(async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
  await client.end();
});

afterAll(async () => {
  await disconnectDb();
});

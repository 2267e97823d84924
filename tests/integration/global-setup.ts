// Starts one throwaway PostgreSQL for the integration suite (own port, own temp directory, never .data/)
// and migrates a template database that every test file clones.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { isLocalDatabaseUrl, redactDatabaseUrl } from "@/lib/db/database-url";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
    testDatabaseTemplate: string;
  }
}

const USER = "newsroom_test";
const PASSWORD = "newsroom_test";
const TEMPLATE = "newsroom_template";

export default async function setup(project: TestProject) {
  const outside = process.env.DATABASE_URL;
  if (outside && !isLocalDatabaseUrl(outside)) {
    throw new Error(`Refusing to run tests while DATABASE_URL points at another machine (${redactDatabaseUrl(outside)}). Unset it.`);
  }
  const root = await mkdtemp(path.join(os.tmpdir(), "newsroom-test-"));
  const port = await findFreePort();
  const server = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port, user: USER, password: PASSWORD, database: TEMPLATE });
  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  await runMigrations(`${serverUrl}/${TEMPLATE}`);
  project.provide("testDatabaseServerUrl", serverUrl);
  project.provide("testDatabaseTemplate", TEMPLATE);

  return async () => {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  };
}

/** Creates a fresh database cloned from the migrated template; returns its URL. */
export async function cloneTemplateDatabase(serverUrl: string, template: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return `${serverUrl}/${name}`;
}

// For command-line entry points: make sure a migrated database is reachable and DATABASE_URL points at it.
// With DATABASE_URL unset this is the embedded PostgreSQL in .data/, started here unless `npm run dev`
// already runs it.
import path from "node:path";
import { EMBEDDED_DEFAULTS, embeddedDatabaseUrl, redactDatabaseUrl, resolveDatabaseUrl } from "./database-url";
import { isPortOpen, startEmbeddedDatabase } from "./embedded-postgres";
import { runMigrations } from "./migrate";

export interface TReadyDatabase {
  url: string;
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
}

export async function ensureDatabase(options: { log?: (line: string) => void } = {}): Promise<TReadyDatabase> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { url, embedded } = resolveDatabaseUrl();
  let release = async () => {};
  if (embedded) {
    if (await isPortOpen(EMBEDDED_DEFAULTS.port)) {
      log(`Using the embedded PostgreSQL already running on port ${EMBEDDED_DEFAULTS.port}.`);
    } else {
      const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(".data", "postgres"));
      log(`Starting the embedded PostgreSQL (data in ${dataDir}, port ${EMBEDDED_DEFAULTS.port})…`);
      const server = await startEmbeddedDatabase({ ...EMBEDDED_DEFAULTS, dataDir });
      release = () => server.stop();
    }
  } else {
    log(`Using DATABASE_URL ${redactDatabaseUrl(url)}.`);
  }
  try {
    const applied = await runMigrations(url, { log });
    if (applied.length === 0) log("Database schema is up to date.");
  } catch (error) {
    await release();
    throw error;
  }
  process.env.DATABASE_URL = url;
  return { url: embedded ? embeddedDatabaseUrl() : url, release };
}

// The one Prisma client of the app, on node-postgres through Prisma's driver adapter.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { resolveDatabaseUrl } from "./database-url";
import { PrismaClient } from "./generated/client.ts";
import { SerialClient } from "./serial-client";

export type TDatabase = InstanceType<typeof PrismaClient>;
/** The client or an interactive transaction of it: what every domain operation accepts. */
export type TTransaction = Parameters<Parameters<TDatabase["$transaction"]>[0]>[0];

// Keep the pool small: several app instances share one PostgreSQL (see docs/architecture.md).
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

interface TConnection {
  client: TDatabase;
  /** The pool under the client: readRows() (read-rows.ts) runs hot read-only statements on it directly. */
  pool: pg.Pool;
}

function connect(): TConnection {
  const { url } = resolveDatabaseUrl();
  // One query at a time per connection: see serial-client.ts.
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, Client: SerialClient });
  // An idle connection that breaks (a database restart) leaves the pool; the next query reports the outage.
  // Said once a minute at most, so a restart leaves a trace without flooding the log.
  let lastWarned = 0;
  pool.on("error", (error) => {
    if (Date.now() - lastWarned < 60_000) return;
    lastWarned = Date.now();
    console.warn(`database: an idle connection was closed (${error.message})`);
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // The adapter takes a pool only if it is an instance of its own copy of pg; otherwise it would open a
  // second pool from these settings and readRows() would not share connections with Prisma.
  if ((adapter as unknown as { externalPool?: unknown }).externalPool !== pool) throw new Error("Prisma's adapter did not take the pool");
  return { client: new PrismaClient({ adapter }), pool };
}

const globalForDb = globalThis as unknown as { __newsroomDb?: TConnection };

function connection(): TConnection {
  globalForDb.__newsroomDb ??= connect();
  return globalForDb.__newsroomDb;
}

/** Lazily created so that importing a module never opens a connection. */
export function getDb(): TDatabase {
  return connection().client;
}

/** The connection pool the client runs on (for read-rows.ts only). */
export function getPool(): pg.Pool {
  return connection().pool;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.__newsroomDb;
  globalForDb.__newsroomDb = undefined;
  // The adapter ends the pool with the client (disposeExternalPool); one that never connected is ended here.
  await current?.client.$disconnect();
  if (current && !current.pool.ended) await current.pool.end();
}

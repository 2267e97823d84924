// The one Prisma client of the app, on node-postgres through Prisma's driver adapter.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabaseUrl } from "./database-url";
import { PrismaClient } from "./generated/client.ts";
import { SerialClient } from "./serial-client";

export type TDatabase = InstanceType<typeof PrismaClient>;
/** The client or an interactive transaction of it: what every domain operation accepts. */
export type TTransaction = Parameters<Parameters<TDatabase["$transaction"]>[0]>[0];

// Keep the pool small: several app instances share one PostgreSQL (see docs/architecture.md).
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

function createClient(): TDatabase {
  const { url } = resolveDatabaseUrl();
  // One query at a time per connection: see serial-client.ts.
  const adapter = new PrismaPg({ connectionString: url, max: POOL_SIZE, Client: SerialClient });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __newsroomDb?: TDatabase };

/** Lazily created so that importing a module never opens a connection. */
export function getDb(): TDatabase {
  globalForDb.__newsroomDb ??= createClient();
  return globalForDb.__newsroomDb;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.__newsroomDb;
  globalForDb.__newsroomDb = undefined;
  await current?.$disconnect();
}

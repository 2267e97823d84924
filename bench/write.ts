// npm run bench:write — editors saving through the real API with real sessions, next to a baseline measured
// in the same run.
//
// 1. builds the app (NEXT_DIST_DIR=.next-bench), starts an embedded PostgreSQL with the seeded paper,
//    20 editor accounts and one story per editor (a copy of a seeded story, placed on its page), and
//    `npm start`'s launcher on it;
// 2. signs every editor in through next-auth's own endpoints (CSRF token, credentials callback);
// 3. baseline: every editor sends an empty authenticated GET (/api/newsroom/session: session + user
//    re-read, nothing else) every 1.5 s for BENCH_BASELINE_SECONDS (20);
// 4. autosave: every editor types one more character into their story and saves it (PUT, mode autosave,
//    based on the version of their last save) every 1.5 s for BENCH_SECONDS (60), as the editor does.
// Reports p50/p95/p99 and errors of both; the target is a save p95 ≤ 100 ms on this machine.
// BENCH_SKIP_BUILD=1 reuses the last build; BENCH_EDITORS, BENCH_SECONDS, BENCH_BASELINE_SECONDS change the run.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createArticle } from "@/lib/articles/create-article";
import { disconnectDb, getDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { runMigrations } from "@/lib/db/migrate";
import { seedPages } from "@/lib/import/seed-pages";
import { createUser } from "@/lib/users/create-user";
import { signInSession } from "../tests/helpers/newsroom-session";
import { buildApp, waitForServer } from "./bench-tools";

const EDITORS = Number(process.env.BENCH_EDITORS ?? 20);
const PERIOD_MS = 1_500;
const SAVE_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BASELINE_SECONDS = Number(process.env.BENCH_BASELINE_SECONDS ?? 20);
const WARMUP_SECONDS = 5;
// The same build directory as bench:read (already known to tsconfig.json); each bench builds first.
const DIST = ".next-bench";
const PASSWORD = "Bench#Editor-2026";
const log = (line: string) => process.stderr.write(`${line}\n`);

interface TDocNode {
  type: string;
  text?: string;
  content?: TDocNode[];
}
interface TDraft {
  headline: string;
  body: TDocNode;
  [field: string]: unknown;
}

interface TEditor {
  email: string;
  cookie: string;
  storyId: number;
  version: number;
  draft: TDraft;
}

interface TSample {
  ms: number;
  status: number;
}

function summary(samples: TSample[], ok: (status: number) => boolean) {
  const times = samples.filter((sample) => ok(sample.status)).map((sample) => sample.ms);
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  const statuses: Record<string, number> = {};
  for (const sample of samples) statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
  return { requests: samples.length, ok: times.length, p50: pick(0.5), p95: pick(0.95), p99: pick(0.99), max: times.at(-1) ?? Number.NaN, statuses };
}

/** Types one more character at the end of the first paragraph, as an editor between two autosaves. */
function typeOneCharacter(body: TDocNode, n: number): TDocNode {
  const copy = structuredClone(body);
  const paragraph = copy.content?.find((node) => node.type === "paragraph" && node.content?.some((child) => child.type === "text"));
  const text = paragraph?.content?.findLast((child) => child.type === "text");
  if (text) text.text = `${text.text ?? ""}${"晋中日报编辑部"[n % 7]}`;
  return copy;
}

/** Every editor acts once per period, spread evenly over it, until `seconds` have passed. */
async function drive(editors: TEditor[], seconds: number, act: (editor: TEditor, round: number) => Promise<TSample>): Promise<TSample[]> {
  const samples: TSample[] = [];
  const end = performance.now() + seconds * 1_000;
  await Promise.all(
    editors.map(async (editor, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * PERIOD_MS) / editors.length));
      for (let round = 0; performance.now() < end; round += 1) {
        const started = performance.now();
        samples.push(await act(editor, round));
        const rest = PERIOD_MS - (performance.now() - started);
        if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
      }
    }),
  );
  return samples;
}

async function main() {
  buildApp(DIST, log);

  const root = await mkdtemp(path.join(os.tmpdir(), "write-bench-"));
  const dbPort = await findFreePort();
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port: dbPort, user: "bench", password: "bench", database: "newsroom" });
  const databaseUrl = `postgresql://bench:bench@127.0.0.1:${dbPort}/newsroom`;
  process.env.DATABASE_URL = databaseUrl;
  let app: ChildProcess | null = null;
  try {
    await runMigrations(databaseUrl);
    await seedPages();
    const seeded = await getDb().article.findMany({ where: { headline: { not: "" } }, select: { id: true }, orderBy: { id: "asc" } });
    const accounts: Array<{ email: string; storyId: number; seedId: number }> = [];
    for (let i = 0; i < EDITORS; i += 1) {
      const email = `editor${i + 1}@bench.test`;
      const user = await createUser({ kind: "system", source: "cli" }, { email, password: PASSWORD, role: "EDITOR", name: `编辑${i + 1}` });
      const { id } = await createArticle({ kind: "user", userId: user.id, role: "EDITOR" }, { headline: `压测稿件${i + 1}` });
      accounts.push({ email, storyId: id, seedId: seeded[i % seeded.length]?.id ?? 0 });
    }
    await disconnectDb();

    const appPort = await findFreePort();
    const base = `http://127.0.0.1:${appPort}`;
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "start", "--port", String(appPort)], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        DATABASE_URL: databaseUrl,
        PORT: String(appPort),
        SITE_URL: base,
        NODE_ENV: "production",
        AUTH_SECRET: randomBytes(32).toString("base64url"),
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await waitForServer(base, app, "the app", 90_000);

    log(`signing in ${EDITORS} editors…`);
    const editors: TEditor[] = [];
    for (const account of accounts) {
      const cookie = await signInSession(base, account.email, PASSWORD);
      const headers = { cookie, origin: base, "content-type": "application/json" };
      // Each editor's story starts as a copy of a seeded one (text, bylines, placement).
      const seed = (await (await fetch(`${base}/api/newsroom/articles/${account.seedId}`, { headers })).json()) as { draft: TDraft };
      const own = (await (await fetch(`${base}/api/newsroom/articles/${account.storyId}`, { headers })).json()) as { version: number };
      const draft = { ...seed.draft, headline: `${seed.draft.headline}（压测${editors.length + 1}）` };
      const saved = await fetch(`${base}/api/newsroom/articles/${account.storyId}`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ baseVersion: own.version, mode: "save", draft }),
      });
      if (!saved.ok) throw new Error(`preparing story ${account.storyId}: ${saved.status} ${await saved.text()}`);
      const { version } = (await saved.json()) as { version: number };
      editors.push({ email: account.email, cookie, storyId: account.storyId, version, draft });
    }

    const sessionGet = async (editor: TEditor): Promise<TSample> => {
      const started = performance.now();
      const response = await fetch(`${base}/api/newsroom/session`, { headers: { cookie: editor.cookie } });
      await response.arrayBuffer();
      return { ms: performance.now() - started, status: response.status };
    };
    const autosave = async (editor: TEditor, round: number): Promise<TSample> => {
      const draft = { ...editor.draft, body: typeOneCharacter(editor.draft.body, round) };
      const started = performance.now();
      const response = await fetch(`${base}/api/newsroom/articles/${editor.storyId}`, {
        method: "PUT",
        headers: { cookie: editor.cookie, origin: base, "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: editor.version, mode: "autosave", draft }),
      });
      const answer = (await response.json()) as { version?: number };
      const ms = performance.now() - started;
      if (response.ok && answer.version) {
        editor.version = answer.version;
        editor.draft = draft;
      }
      return { ms, status: response.status };
    };

    log(`warming up (${WARMUP_SECONDS} s)…`);
    await drive(editors, WARMUP_SECONDS, sessionGet);
    await drive(editors, WARMUP_SECONDS, autosave);
    log(`baseline: ${EDITORS} editors × empty authenticated GET every ${PERIOD_MS / 1000} s for ${BASELINE_SECONDS} s…`);
    const baseline = summary(await drive(editors, BASELINE_SECONDS, sessionGet), (status) => status === 200);
    log(`autosave: ${EDITORS} editors × PUT every ${PERIOD_MS / 1000} s for ${SAVE_SECONDS} s…`);
    const saves = summary(await drive(editors, SAVE_SECONDS, autosave), (status) => status === 200);

    const fmt = (name: string, s: ReturnType<typeof summary>) =>
      `  ${name.padEnd(34)} ${String(s.requests).padStart(5)} requests  p50 ${s.p50.toFixed(1).padStart(6)} ms  p95 ${s.p95.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(6)} ms  max ${s.max.toFixed(1).padStart(6)} ms  statuses ${JSON.stringify(s.statuses)}`;
    const errors = saves.requests - saves.ok;
    process.stdout.write(
      `${[
        `write benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs shared by client and server, ${EDITORS} editors, one request each per ${PERIOD_MS / 1000} s`,
        fmt("baseline: GET /api/newsroom/session", baseline),
        fmt("autosave: PUT /api/newsroom/articles/<id>", saves),
        `  save p95 ${saves.p95.toFixed(1)} ms (target ≤ 100 ms: ${saves.p95 <= 100 ? "met" : "NOT met"}), ${errors} errors; p50 ${(saves.p50 / baseline.p50).toFixed(1)}× the baseline's`,
      ].join("\n")}\n`,
    );
  } finally {
    if (app?.pid && app.exitCode === null) {
      try {
        process.kill(-app.pid, "SIGTERM");
      } catch {}
      await new Promise((resolve) => app?.once("exit", resolve));
    }
    await disconnectDb();
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

// npm run bench:admin — the audit trail's filtered list at 1,000,000 events, next to a same-run baseline.
//
// Starts its own embedded PostgreSQL (temp directory, free port), migrates it, generates BENCH_AUDIT_EVENTS
// (default 1,000,000) audit events over a year from 20 accounts and the system tools, then runs each
// query of /newsroom/audit (lib/audit/list-audit-events.ts, the page's own function) BENCH_ROUNDS times
// with random filters and prints p50/p95 next to the baseline: one audit row read by primary key through
// the same client. Also prints the indexes in PostgreSQL's plan for each query.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { auditListQuery } from "@/lib/audit/audit-list-query";
import { listAuditEvents, type TAuditFilterInput, ZAuditFilter } from "@/lib/audit/list-audit-events";
import { disconnectDb, getDb } from "@/lib/db/client";
import { findFreePort, startEmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { Prisma } from "@/lib/db/generated/client";
import { runMigrations } from "@/lib/db/migrate";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const USERS = 20;
const ACTIONS = [
  ["article.saved", "article"],
  ["article.published", "article"],
  ["article.unpublished", "article"],
  ["article.created", "article"],
  ["article.restored", "article"],
  ["auth.signed_in", "user"],
  ["auth.sign_in_failed", "user"],
  ["contributor.merged", "contributor"],
  ["contributor.updated", "contributor"],
  ["column.renamed", "column"],
  ["section.renamed", "section"],
  ["user.role_changed", "user"],
  ["issue.released", "issue"],
  ["page.imported", "page"],
] as const;
const log = (line: string) => process.stderr.write(`${line}\n`);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

async function generate(userIds: string[]) {
  const db = getDb();
  const started = Date.now();
  // Weighted like a newsroom: saves dominate, sign-ins next, desk changes are rare.
  await db.$executeRawUnsafe(
    `
    INSERT INTO "AuditEvent" ("at", "actorKind", "actorUserId", "actorSource", "action", "entityType", "entityId", "payload")
    SELECT now() - (random() * interval '365 days'),
           CASE WHEN r.system THEN 'system'::"ActorKind" ELSE 'user'::"ActorKind" END,
           CASE WHEN r.system THEN NULL ELSE ($1::text[])[1 + floor(random() * ${USERS})::int] END,
           CASE WHEN r.system THEN (ARRAY['import','auth'])[1 + floor(random() * 2)::int] END,
           a.action, a.entity, (1 + floor(random() * 50000))::int::text,
           jsonb_build_object('version', floor(random() * 40)::int)
    FROM (SELECT g, random() < 0.25 AS system, floor(power(random(), 2.5) * ${ACTIONS.length})::int AS k FROM generate_series(1, ${EVENTS}) g) r
    JOIN (SELECT ordinality - 1 AS k, split_part(value, '|', 1) AS action, split_part(value, '|', 2) AS entity
          FROM unnest($2::text[]) WITH ORDINALITY AS t(value, ordinality)) a ON a.k = r.k`,
    userIds,
    ACTIONS.map(([action, entity]) => `${action}|${entity}`),
  );
  await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
  log(`  ${EVENTS.toLocaleString("en")} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let warm = 0; warm < 10; warm += 1) await run();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** The indexes (or sequential scan) PostgreSQL's plan uses for the page's own SQL. */
async function planOf(filter: TAuditFilterInput): Promise<string> {
  const rows = await getDb().$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN ${auditListQuery(ZAuditFilter.parse(filter), 51)}`);
  const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
  const scans = [...plan.matchAll(/(?:using|on) "?(AuditEvent_\w+)"?/g)].map((match) => match[1] ?? "");
  if (/Seq Scan on "?AuditEvent"?/.test(plan)) scans.push("Seq Scan");
  return [...new Set(scans)].join(", ") || "?";
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), "admin-bench-"));
  const port = await findFreePort();
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, "pg"), port, user: "bench", password: "bench", database: "newsroom" });
  const databaseUrl = `postgresql://bench:bench@127.0.0.1:${port}/newsroom`;
  process.env.DATABASE_URL = databaseUrl;
  try {
    await runMigrations(databaseUrl);
    const db = getDb();
    const users = await Promise.all(
      Array.from({ length: USERS }, (_, n) => db.user.create({ data: { email: `u${n}@jzrb.test`, name: `编辑${n}`, role: n === 0 ? "ADMIN" : "EDITOR" } })),
    );
    const userIds = users.map((user) => user.id);
    log(`generating audit events…`);
    await generate(userIds);

    const maxId = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 1;
    const deep = await listAuditEvents({}, 50);
    let cursor = deep.next ?? undefined;
    // A cursor about 10,000 rows deep (200 pages of 50), for "older" pages.
    for (let page = 0; page < 200 && cursor; page += 1) cursor = (await listAuditEvents({ after: cursor }, 50)).next ?? undefined;
    const day = () => new Date(Date.now() - Math.random() * 330 * 86_400_000).toISOString().slice(0, 10);
    const plus = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
    const cases: Array<[string, () => TAuditFilterInput]> = [
      ["newest, no filter", () => ({})],
      ["by actor (account)", () => ({ actor: `user:${pick(userIds)}` })],
      ["by actor (system: auth)", () => ({ actor: "system:auth" })],
      ["by type (rare: contributor.merged)", () => ({ type: "contributor.merged" })],
      ["by type (common: article.saved)", () => ({ type: "article.saved" })],
      ["by target (article #n)", () => ({ targetType: "article", targetId: String(1 + Math.floor(Math.random() * 50000)) })],
      [
        "by date range (one week)",
        () => {
          const from = day();
          return { from, to: plus(from, 6) };
        },
      ],
      [
        "actor + type + month",
        () => {
          const from = day();
          return { actor: `user:${pick(userIds)}`, type: "article.published", from, to: plus(from, 30) };
        },
      ],
      ["10,000 rows deep (keyset)", () => ({ after: cursor })],
    ];

    const baseline = await measure(() => db.auditEvent.findUnique({ where: { id: 1 + Math.floor(Math.random() * maxId) } }));
    const rows: string[] = [];
    const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].length));
    rows.push(`${pad("query", 38)} ${pad("p50 ms", 8)} ${pad("p95 ms", 8)} ${pad("p95/baseline", 13)} index`);
    rows.push(
      `${pad("baseline: one row by primary key", 38)} ${pad(baseline.p50.toFixed(2), 8)} ${pad(baseline.p95.toFixed(2), 8)} ${pad("1.0", 13)} AuditEvent_pkey`,
    );
    for (const [name, filter] of cases) {
      const result = await measure(() => listAuditEvents(filter()));
      const used = await planOf(filter());
      rows.push(
        `${pad(name, 38)} ${pad(result.p50.toFixed(2), 8)} ${pad(result.p95.toFixed(2), 8)} ${pad((result.p95 / baseline.p95).toFixed(1), 13)} ${used}`,
      );
    }
    process.stdout.write(
      `audit list, ${EVENTS.toLocaleString("en")} events, ${ROUNDS} rounds each, page of 50, ${os.cpus().length} cores\n${rows.join("\n")}\n`,
    );
  } finally {
    await disconnectDb();
    await database.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main();

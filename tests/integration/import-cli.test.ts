// The import command's contract: what other tools and people see on stdout, stderr and the exit code.
import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { describeDatabaseError } from "@/lib/cli/run-cli";
import { getDb } from "@/lib/db/client";
import { SEED_EXPECTED, SEED_FILE } from "../helpers/pages";

const run = promisify(execFile);

// Each case starts the command-line tool (a tsx process) once or more; on a busy two-core machine one start
// alone can take several seconds, so these files get more room than the default 30 s per test.
const CLI_TEST = { timeout: 120_000 };

async function importCommand(args: string[], options: { viaNpm?: boolean; env?: NodeJS.ProcessEnv; script?: string } = {}) {
  const [command, prefix] = options.viaNpm
    ? ["npm", ["run", "--silent", "import", "--"]]
    : [process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", options.script ?? "lib/cli/import.ts"]];
  try {
    const { stdout, stderr } = await run(command, [...prefix, ...args], { env: options.env ?? process.env, maxBuffer: 10_000_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "newsroom-import-cli-"));
});

async function fixture(name: string, content: string | Uint8Array) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe("npm run --silent import -- --dry-run --json", CLI_TEST, () => {
  it("prints exactly one JSON object: the seed's six stories as the expected file", async () => {
    const result = await importCommand(["--dry-run", "--json", "--date", "2025-12-20", "--page", "1", "--page-name", "要闻", SEED_FILE], { viaNpm: true });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect({ ...printed, warnings: [] }).toEqual({ ...SEED_EXPECTED, warnings: [] });
    expect(Array.isArray(printed.warnings)).toBe(true);
  });

  it("touches no database", async () => {
    const result = await importCommand(["--dry-run", "--json", "--date", "2025-12-20", "--page", "1", SEED_FILE]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).page).toEqual({ number: 1, name: null });
    expect(await getDb().issue.count()).toBe(0);
  });
});

describe("storing a page", CLI_TEST, () => {
  it("stores, then refuses a second import, then replaces with --replace", async () => {
    const args = ["--publish", "--release", "--date", "2025-12-20", "--page", "1", "--page-name", "要闻", SEED_FILE];
    const first = await importCommand(["--json", ...args]);
    expect(first.code).toBe(0);
    const stored = JSON.parse(first.stdout);
    expect(stored.articles).toHaveLength(6);
    expect(stored.articles.every((article: { status: string }) => article.status === "published")).toBe(true);

    const again = await importCommand(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has imported stories; use --replace/);

    const replaced = await importCommand(["--replace", ...args]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/Imported 2025-12-20 第1版 要闻: 6 stories, replacing 6/);
    expect(await getDb().article.count()).toBe(6);
  });
});

describe("bad input gets a clear message, a non-zero exit and nothing written", CLI_TEST, () => {
  const cases: Array<[string, () => Promise<string[]>, RegExp]> = [
    ["an empty file", async () => ["--date", "2025-12-20", "--page", "1", await fixture("empty.txt", "")], /is empty/],
    [
      "a binary file",
      async () => ["--date", "2025-12-20", "--page", "1", await fixture("scan.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))],
      /binary/,
    ],
    [
      "a file that is not UTF-8",
      async () => ["--date", "2025-12-20", "--page", "1", await fixture("gbk.txt", new Uint8Array([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6]))],
      /not UTF-8/,
    ],
    ["a date that does not exist", async () => ["--date", "2025-02-30", "--page", "1", SEED_FILE], /日期不存在/],
    ["a page number below 1", async () => ["--date", "2025-12-20", "--page", "0", SEED_FILE], /版号必须从 1 开始/],
    [
      "a page with no recognisable story",
      async () => ["--date", "2025-12-20", "--page", "1", await fixture("noise.txt", "\n\n第1版\n\n\n")],
      /No story found on the page/,
    ],
    ["a missing file", async () => ["--date", "2025-12-20", "--page", "1", path.join(os.tmpdir(), "no-such-page.txt")], /Cannot read .*ENOENT/],
    // Read whole, /dev/urandom grew the process by 100 MB/s; now it is refused before a byte is read.
    ["an endless device", async () => ["--date", "2025-12-20", "--page", "1", "/dev/urandom"], /\/dev\/urandom is a device, not a text file/],
    [
      "a file over 2 MB",
      async () => ["--date", "2025-12-20", "--page", "1", await fixture("huge.txt", `本报讯 ${"新闻".repeat(500_000)}`)],
      /huge\.txt is too large \(2\.9 MB\).*files over 2 MB are refused/,
    ],
    [
      "a pipe nobody writes to",
      async () => {
        const fifo = path.join(dir, `page-${Math.random().toString(36).slice(2)}.fifo`);
        execFileSync("mkfifo", [fifo]);
        return ["--date", "2025-12-20", "--page", "1", fifo];
      },
      /is a pipe, not a text file/,
    ],
    // A folder is a batch of pages (one per .txt file); one without any is refused.
    ["a folder with no page dumps", async () => ["--date", "2025-12-20", await mkdtemp(path.join(dir, "empty-"))], /holds no \.txt page dumps/],
  ];

  for (const [what, args, message] of cases) {
    it(`refuses ${what}`, async () => {
      for (const dryRun of [true, false]) {
        const result = await importCommand([...(dryRun ? ["--dry-run", "--json"] : ["--publish"]), ...(await args())]);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stdout).toBe("");
      }
      expect(await getDb().issue.count()).toBe(0);
    });
  }

  it("explains its usage when arguments are missing", async () => {
    const result = await importCommand(["--date", "2025-12-20", SEED_FILE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--page is required[\s\S]*usage: npm run --silent import/);
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function expectOneLineError(result: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((line) => line.startsWith("error: "));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/invocation in|→/);
}

describe("a database that refuses or fails gets one clear line, a non-zero exit and nothing written", CLI_TEST, () => {
  const args = ["--publish", "--date", "2025-12-20", "--page", "1", SEED_FILE];

  it("connection refused", async () => {
    const port = await closedPort();
    const result = await importCommand(args, { env: { ...process.env, DATABASE_URL: `postgresql://newsroom:x@127.0.0.1:${port}/newsroom` } });
    expectOneLineError(result, /^error: 无法连接数据库（ECONNREFUSED 127\.0\.0\.1:\d+）$/);
  });

  it("a database the server does not have", async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = "/no_such_newsroom_database";
    const result = await importCommand(args, { env: { ...process.env, DATABASE_URL: url.toString() } });
    expectOneLineError(result, /^error: 数据库报错（SQLSTATE 3D000: database "no_such_newsroom_database" does not exist）$/);
    expect(await getDb().issue.count()).toBe(0);
  });

  // The statements a command runs, failing the way a concurrent editor or a slow transaction makes them fail.
  const failures: Array<[string, string, RegExp]> = [
    [
      "a record changed or removed meanwhile (P2025)",
      `await getDb().article.update({ where: { id: 2147483647 }, data: { headline: "x" } });`,
      /^error: 要修改的记录已不存在或已被他人修改.*（P2025: /,
    ],
    [
      "a transaction that is already closed (P2028)",
      `let kept; await getDb().$transaction(async (tx) => { kept = tx; }); await kept.issue.count();`,
      /^error: 数据库事务已关闭或超时（P2028: .*Transaction already closed/,
    ],
  ];
  for (const [what, statements, message] of failures) {
    it(what, async () => {
      const script = path.join(dir, `fail-${Math.random().toString(36).slice(2)}.mts`);
      const root = process.cwd();
      await writeFile(
        script,
        `import { runCli } from "${root}/lib/cli/run-cli.ts";\nimport { getDb } from "${root}/lib/db/client.ts";\nawait runCli(async () => { ${statements} }, "usage");\n`,
      );
      const result = await importCommand([], { script });
      expectOneLineError(result, message);
      expect(await getDb().issue.count()).toBe(0);
    });
  }

  it("every Prisma error the database raises reads as one line", async () => {
    const db = getDb();
    const caught = async (work: () => Promise<unknown>) =>
      work().then(
        () => null,
        (error: unknown) => error,
      );
    const notFound = await caught(() => db.article.delete({ where: { id: 2147483647 } }));
    expect(describeDatabaseError(notFound)).toMatch(/^要修改的记录已不存在或已被他人修改[^\n]*P2025/);
    let kept: Parameters<Parameters<typeof db.$transaction>[0]>[0] | undefined;
    await db.$transaction(async (tx) => {
      kept = tx;
    });
    const closed = await caught(() => (kept as NonNullable<typeof kept>).issue.count());
    expect(describeDatabaseError(closed)).toMatch(/^数据库事务已关闭或超时（P2028: [^\n]*Transaction already closed[^\n]*）$/);
    expect(describeDatabaseError(new Error("a bug, not the database"))).toBeNull();
  });
});

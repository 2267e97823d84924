// The import command's contract: what other tools and people see on stdout, stderr and the exit code.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SEED_EXPECTED, SEED_FILE } from "../helpers/pages";

const run = promisify(execFile);

async function importCommand(args: string[], options: { viaNpm?: boolean } = {}) {
  const [command, prefix] = options.viaNpm
    ? ["npm", ["run", "--silent", "import", "--"]]
    : [process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/import.ts"]];
  try {
    const { stdout, stderr } = await run(command, [...prefix, ...args], { env: process.env, maxBuffer: 10_000_000 });
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

describe("npm run --silent import -- --dry-run --json", () => {
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

describe("storing a page", () => {
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

describe("bad input gets a clear message, a non-zero exit and nothing written", () => {
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

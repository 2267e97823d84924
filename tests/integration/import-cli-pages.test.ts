// `npm run import` with several files or a folder: pages in page order (so 上接 finds its first part),
// a report per page, and a re-run with --replace that changes nothing.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SEED_FILE } from "../helpers/pages";

const run = promisify(execFile);

async function importCommand(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/import.ts", ...args], {
      env: process.env,
      maxBuffer: 10_000_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const PAGE_4 = [
  "扩面有力度 服务有温度 监管有硬度",
  "(上接第1版)",
  "服务有温度,我市社保经办窗口全面推行“一窗通办”,群众办事更加方便快捷。",
  "家门口的幸福“食”光",
  "(上接第1版)",
  "社区食堂还将推出更多适合老年人的菜品,让居民吃得放心、吃得舒心。",
].join("\n\n");

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "newsroom-import-pages-"));
  await mkdir(path.join(folder, "issue"));
  await copyFile(SEED_FILE, path.join(folder, "issue", "jinzhong-2025-12-20-p1.txt"));
  await writeFile(path.join(folder, "issue", "jinzhong-2025-12-20-p4.txt"), PAGE_4);
});

describe("importing several pages", () => {
  it("imports a folder in page order, attaches page 4 to page 1's stories, and re-runs idempotently with --replace", async () => {
    const dir = path.join(folder, "issue");
    const first = await importCommand(["--publish", "--release", "--date", "2025-12-20", dir]);
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    const page1 = first.stdout.indexOf("第1版");
    const page4 = first.stdout.indexOf("第4版");
    expect(page1).toBeGreaterThanOrEqual(0);
    expect(page4).toBeGreaterThan(page1);
    expect(first.stdout.match(/continues #\d+/g)).toHaveLength(2);
    // Progress is for terminals only; a pipe gets the reports alone.
    expect(first.stderr).not.toMatch(/\[1\/2\]/);

    const db = getDb();
    const before = { articles: await db.article.count(), placements: await db.articlePlacement.count() };
    expect(before.articles).toBe(6);
    expect(await db.articlePlacement.count({ where: { page: { number: 4 } } })).toBe(2);

    const again = await importCommand(["--publish", "--release", "--date", "2025-12-20", dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/page 1: .*already has imported stories; use --replace.*nothing was stored/);

    const replaced = await importCommand(["--replace", "--publish", "--release", "--date", "2025-12-20", dir]);
    expect(replaced.stderr).not.toMatch(/error/);
    expect(replaced.code).toBe(0);
    expect({ articles: await db.article.count(), placements: await db.articlePlacement.count() }).toEqual(before);
    // Three runs of the command, each starting tsx: a generous limit for a loaded machine, not a timing.
  }, 240_000);

  it("takes files in any order on the command line and prints one JSON object per run", async () => {
    const dir = path.join(folder, "issue");
    const result = await importCommand([
      "--dry-run",
      "--json",
      "--date",
      "2025-12-20",
      path.join(dir, "jinzhong-2025-12-20-p4.txt"),
      path.join(dir, "jinzhong-2025-12-20-p1.txt"),
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { pages: Array<{ page: { number: number }; articles: unknown[] }> };
    expect(printed.pages.map((p) => [p.page.number, p.articles.length])).toEqual([
      [1, 6],
      [4, 2],
    ]);
    expect(await getDb().issue.count()).toBe(0);
  }, 120_000);

  it("refuses files without a page number in their names, and --page for several files", async () => {
    const unnamed = path.join(folder, "front.txt");
    await copyFile(SEED_FILE, unnamed);
    const noNumber = await importCommand(["--dry-run", "--date", "2025-12-20", unnamed, path.join(folder, "issue", "jinzhong-2025-12-20-p4.txt")]);
    expect(noNumber.code).not.toBe(0);
    expect(noNumber.stderr).toMatch(/No page number in the file name of .*front\.txt/);
    const withPage = await importCommand(["--dry-run", "--date", "2025-12-20", "--page", "2", path.join(folder, "issue")]);
    expect(withPage.code).not.toBe(0);
    expect(withPage.stderr).toMatch(/--page names one page/);
  }, 120_000);
});

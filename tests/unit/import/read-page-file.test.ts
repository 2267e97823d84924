import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodePageText, MAX_PAGE_FILE_BYTES, readPageFile } from "@/lib/import/read-page-file";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("reading a page dump", () => {
  it("accepts UTF-8 and drops a BOM", () => {
    expect(decodePageText(new TextEncoder().encode("\uFEFF本报讯"))).toBe("本报讯");
  });

  it("refuses empty, blank, binary and non-UTF-8 files with a clear message", () => {
    expect(() => decodePageText(bytes(), "p1.txt")).toThrow("p1.txt is empty.");
    expect(() => decodePageText(new TextEncoder().encode("\n\n  \n"), "p1.txt")).toThrow(/only whitespace/);
    expect(() => decodePageText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), "scan.png")).toThrow(/binary/);
    // 本报 in GB18030
    expect(() => decodePageText(bytes(0xb1, 0xbe, 0xb1, 0xa8), "gbk.txt")).toThrow(/not UTF-8/);
  });
});

describe("reading a page file from disk", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "newsroom-read-page-"));
  });

  it("reads a text file up to the cap", async () => {
    const file = path.join(dir, "page.txt");
    await writeFile(file, `本报讯${"字".repeat(10)}`);
    expect(await readPageFile(file)).toBe(`本报讯${"字".repeat(10)}`);
    const full = path.join(dir, "full.txt");
    await writeFile(full, "a".repeat(MAX_PAGE_FILE_BYTES));
    expect((await readPageFile(full)).length).toBe(MAX_PAGE_FILE_BYTES);
  });

  it("refuses a file over 2 MB with a message that says why", async () => {
    const file = path.join(dir, "big.txt");
    await writeFile(file, "版".repeat(1_000_000)); // 3 MB of UTF-8
    await expect(readPageFile(file)).rejects.toThrow(/big\.txt is too large \(2\.9 MB\).*over 2 MB are refused/);
    await expect(readPageFile(file)).rejects.toMatchObject({ code: "INVALID_INPUT", userMessage: expect.stringMatching(/文件过大/) });
  });

  it("refuses a file whose reported size is wrong once it has read one byte past the cap", async () => {
    // Files in /proc report size 0; /proc/self/pagemap is effectively endless.
    await expect(readPageFile("/proc/self/pagemap")).rejects.toThrow(/too large \(over 2 MB\)|Cannot read/);
    // A small /proc text file is read as it is.
    expect(await readPageFile("/proc/self/status")).toMatch(/^Name:/);
  });

  it("refuses devices, pipes and directories without reading them", async () => {
    await expect(readPageFile("/dev/urandom")).rejects.toThrow("/dev/urandom is a device, not a text file");
    await expect(readPageFile("/dev/zero")).rejects.toThrow(/is a device/);
    await expect(readPageFile(dir)).rejects.toThrow(/is a directory/);
    const fifo = path.join(dir, "page.fifo");
    execFileSync("mkfifo", [fifo]);
    // Nobody writes to it: a plain open would wait forever.
    await expect(readPageFile(fifo)).rejects.toThrow(/is a pipe/);
  });

  it("names a missing file", async () => {
    await expect(readPageFile(path.join(dir, "missing.txt"))).rejects.toThrow(/Cannot read .*missing\.txt: ENOENT/);
  });
});

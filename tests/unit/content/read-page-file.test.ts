import { describe, expect, it } from "vitest";
import { decodePageText } from "@/lib/import/read-page-file";

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

import { describe, expect, it } from "vitest";
import { pageNumberFromFileName } from "@/lib/import/page-files";

describe("pageNumberFromFileName", () => {
  it("reads the page number a dump's file name carries", () => {
    expect(pageNumberFromFileName("seeds/jinzhong-daily-2025-12-20-p1.txt")).toBe(1);
    expect(pageNumberFromFileName("/tmp/issue/p04.txt")).toBe(4);
    expect(pageNumberFromFileName("page_12.txt")).toBe(12);
    expect(pageNumberFromFileName("第3版.txt")).toBe(3);
  });

  it("finds none in a name without one, and never reads a date as a page", () => {
    expect(pageNumberFromFileName("front.txt")).toBeNull();
    expect(pageNumberFromFileName("jinzhong-2025-12-20.txt")).toBeNull();
    expect(pageNumberFromFileName("p0.txt")).toBeNull();
  });
});

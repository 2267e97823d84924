// Route parameters: anything that does not parse is a 404 before any query runs.
import { describe, expect, it } from "vitest";
import { ZArticleSegment, ZContributorId, ZIssuesSegment, ZListPage, ZPageNumber, ZReaderDate } from "@/lib/reader/params";
import { escapeXml } from "@/lib/reader/xml";

describe("reader route parameters", () => {
  it("accepts real dates in the archive's range only", () => {
    expect(ZReaderDate.safeParse("2025-12-20").success).toBe(true);
    for (const bad of ["2025-02-30", "2025-12-2", "20251220", "1900-01-01", "2025-12-20x"]) expect(ZReaderDate.safeParse(bad).success, bad).toBe(false);
  });

  it("tells an issue day from an archive month", () => {
    expect(ZIssuesSegment.parse("2025-12-20")).toEqual({ kind: "day", date: "2025-12-20" });
    expect(ZIssuesSegment.parse("2025-12")).toEqual({ kind: "month", month: "2025-12" });
    expect(ZIssuesSegment.safeParse("2025-13").success).toBe(false);
  });

  it("takes page numbers, story ids and list pages without leading zeros or junk", () => {
    expect(ZPageNumber.parse("4")).toBe(4);
    for (const bad of ["0", "04", "-1", "1000", "4a"]) expect(ZPageNumber.safeParse(bad).success, bad).toBe(false);
    expect(ZArticleSegment.parse("12-%E6%89%A9%E9%9D%A2")).toEqual({ articleId: 12, slug: "12-扩面" });
    expect(ZArticleSegment.parse("12")).toMatchObject({ articleId: 12 });
    for (const bad of ["0-x", "abc", "99999999999", "-12"]) expect(ZArticleSegment.safeParse(bad).success, bad).toBe(false);
    expect(ZContributorId.safeParse("3000000000").success).toBe(false);
    expect(ZListPage.parse(undefined)).toBe(1);
    expect(ZListPage.parse(["2"])).toBe(2);
    for (const bad of [["1"], ["0"], ["x"], ["2", "3"]]) expect(ZListPage.safeParse(bad).success, bad.join("/")).toBe(false);
  });

  it("escapes XML text and drops control characters", () => {
    expect(escapeXml(`<a href="x">&'\u0001\t`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\t");
  });
});

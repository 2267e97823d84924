import { describe, expect, it } from "vitest";
import { issueDateFromDb, issueDateToDb, todayInNewsroom, ZIssueDate } from "@/lib/issues/issue-date";

describe("issue dates", () => {
  it("accept real calendar days only", () => {
    expect(ZIssueDate.safeParse("2025-12-20").success).toBe(true);
    expect(ZIssueDate.safeParse("2024-02-29").success).toBe(true);
    expect(ZIssueDate.safeParse("2025-02-29").success).toBe(false);
    expect(ZIssueDate.safeParse("2025-13-01").success).toBe(false);
    expect(ZIssueDate.safeParse("2025-12-20T00:00").success).toBe(false);
    expect(ZIssueDate.safeParse("20251220").success).toBe(false);
  });

  it("round-trip through the DATE column", () => {
    expect(issueDateFromDb(issueDateToDb("2025-12-20"))).toBe("2025-12-20");
  });

  it("take today in Asia/Shanghai, not UTC", () => {
    // 2025-12-19 17:30 UTC is already 2025-12-20 01:30 in Jinzhong.
    expect(todayInNewsroom(new Date("2025-12-19T17:30:00Z"))).toBe("2025-12-20");
    expect(todayInNewsroom(new Date("2025-12-19T15:59:00Z"))).toBe("2025-12-19");
  });
});

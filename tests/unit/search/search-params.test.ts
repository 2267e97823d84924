import { describe, expect, it } from "vitest";
import { parseSearchRequest } from "@/lib/search/search-params";

describe("search requests", () => {
  it("explain an empty, blank or overlong query in Chinese instead of failing", () => {
    for (const q of [undefined, "", "   ", "\u3000\n"]) {
      const request = parseSearchRequest({ q });
      expect(request.ok).toBe(false);
      if (!request.ok) expect(request.message).toMatch(/请输入/);
    }
    const long = parseSearchRequest({ q: "晋".repeat(101) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toMatch(/不能超过 100 个字/);
    expect(parseSearchRequest({ q: "晋".repeat(100) }).ok).toBe(true);
  });

  it("drop malformed filters and keep the good ones", () => {
    const request = parseSearchRequest({ q: [" 晋中  榆次 ", "x"], sort: "date", from: "2025-02-30", to: "2025-12-20", page: "-3", byline: "王菲" });
    expect(request).toEqual({
      ok: true,
      query: "晋中 榆次",
      filters: { sort: "date", from: undefined, to: "2025-12-20", section: undefined, column: undefined, byline: "王菲", page: 1 },
    });
  });
});

// Item: the same-origin check of newsroom writes must not believe X-Forwarded-Host.
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>) => new Request("http://app.internal:3000/api/newsroom/articles", { method: "POST", headers });

describe("the same-origin check", () => {
  it("refuses a foreign Origin even when X-Forwarded-Host names it", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "news.jzrb.cn", "x-forwarded-host": "evil.example" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "news.jzrb.cn", "x-forwarded-host": "evil.example" }), "https://news.jzrb.cn")).toBe(
      false,
    );
  });

  it("accepts the configured SITE_URL and the Host the request was addressed to", () => {
    expect(isSameOrigin(post({ origin: "https://news.jzrb.cn", host: "app:3000" }), "https://news.jzrb.cn")).toBe(true);
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), undefined)).toBe(true);
    expect(isSameOrigin(post({ origin: "http://news.jzrb.cn", host: "app:3000" }), "https://news.jzrb.cn")).toBe(false);
  });

  it("lets reads through and refuses what Fetch Metadata marks cross-site", () => {
    expect(isSameOrigin(new Request("http://a/api/x", { headers: { origin: "https://evil.example" } }), undefined)).toBe(true);
    expect(isSameOrigin(post({ host: "a", "sec-fetch-site": "cross-site" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "a" }), undefined)).toBe(false);
  });
});

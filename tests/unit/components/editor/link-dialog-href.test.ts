import { describe, expect, it } from "vitest";
import { LINK_INVALID_MESSAGE, LINK_SCHEME_MESSAGE, normaliseLinkHref } from "@/components/editor/link-dialog-href";

describe("normaliseLinkHref", () => {
  it("adds https:// to an address without a scheme", () => {
    expect(normaliseLinkHref("www.sxjzxww.com/news/1.html")).toEqual({ kind: "link", href: "https://www.sxjzxww.com/news/1.html" });
    expect(normaliseLinkHref("  example.com  ")).toEqual({ kind: "link", href: "https://example.com" });
    expect(normaliseLinkHref("example.com:8080/a")).toEqual({ kind: "link", href: "https://example.com:8080/a" });
    expect(normaliseLinkHref("//example.com/x")).toEqual({ kind: "link", href: "https://example.com/x" });
  });

  it("keeps http, https and mailto addresses as typed", () => {
    expect(normaliseLinkHref("http://example.com/a?b=1")).toEqual({ kind: "link", href: "http://example.com/a?b=1" });
    expect(normaliseLinkHref("HTTPS://Example.com")).toEqual({ kind: "link", href: "HTTPS://Example.com" });
    expect(normaliseLinkHref("mailto:news@example.com")).toEqual({ kind: "link", href: "mailto:news@example.com" });
  });

  it("makes an e-mail address a mailto: link", () => {
    expect(normaliseLinkHref("news@example.com")).toEqual({ kind: "link", href: "mailto:news@example.com" });
  });

  it("refuses every other scheme with a zh-CN message", () => {
    for (const typed of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://example.com", "file:///etc/passwd", "tel:+86-354-1234567"]) {
      expect(normaliseLinkHref(typed)).toEqual({ kind: "refused", message: LINK_SCHEME_MESSAGE });
    }
  });

  it("refuses what is not an address", () => {
    for (const typed of ["https://", "http://a b.com", "abc", "mailto:nobody"]) {
      expect(normaliseLinkHref(typed)).toEqual({ kind: "refused", message: LINK_INVALID_MESSAGE });
    }
  });

  it("an empty address removes the link", () => {
    expect(normaliseLinkHref("   ")).toEqual({ kind: "remove" });
  });
});

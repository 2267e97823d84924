// Sitemaps and feeds write thousands of URLs and texts per response; escapeXml and absoluteUrl take shortcuts
// for that. Both must give exactly what the plain definitions give: per-character escaping and the URL parser.
import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl } from "@/lib/reader/site-url";
import { escapeXml } from "@/lib/reader/xml";
import { readerPaths } from "@/lib/reader-change/urls";

/** The definition: the five markup characters as entities, then every character XML 1.0 cannot carry dropped. */
function escapeByCharacter(text: string): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
  let out = "";
  for (const char of text.split("")) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) continue;
    out += entities[char] ?? char;
  }
  return out;
}

describe("escapeXml", () => {
  it("escapes markup and drops what XML cannot carry, character for character", () => {
    const every = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)).join("");
    const samples = [every, "晋中日报 &amp; <b>“引号”</b>", "\uFFFE\uFFFF\uFFFD\uD83D\uDE00", "", "plain", "&&<<>>\"\"''", "a\u0000b\u001fc\u007fd"];
    for (const text of samples) expect(escapeXml(text), JSON.stringify(text)).toBe(escapeByCharacter(text));
    expect(escapeXml(every)).toBe(`\t\n\r !&quot;#$%&amp;&apos;()*+,-./0123456789:;&lt;=&gt;?@${every.slice(0x41)}`);
  });
});

describe("absoluteUrl", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("joins paths to SITE_URL exactly as the URL parser does", () => {
    const paths = [
      "/",
      readerPaths.issue("2025-12-20"),
      readerPaths.page("2025-12-20", 3),
      readerPaths.article(12, "扩面提质 “晋中造”走向全国（上）"),
      readerPaths.article(7, "A/B test: 50% & more?"),
      readerPaths.sitemapMonth("2025-12"),
      readerPaths.column("晋中 观察", 2),
      "/a/./b",
      "/a/../b",
      "/a/%2e%2E/b",
      "/a/.%2e",
      "/a/...",
      "/a/.hidden/x.xml",
      "//evil.example/x",
      "/a b<c>",
      "/a?b=1#c",
      "/a\\b",
      "/扩面",
      "relative/path",
      "/%zz/%",
    ];
    const sites = ["https://www.jzrb.com", "https://www.jzrb.com/", "http://127.0.0.1:8080", "https://user:pw@Example.COM:443/news/", "http://[::1]:3000/"];
    for (const site of sites) {
      vi.stubEnv("SITE_URL", site);
      for (const path of paths) expect(absoluteUrl(path), `${site} ${path}`).toBe(new URL(path, site).toString());
    }
  });
});

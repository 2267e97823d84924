// Minimal XML writing for feeds and sitemaps: every text goes through escapeXml.

/**
 * The five characters with meaning in XML markup, and what XML 1.0 cannot carry at all: control characters
 * but tab, line feed and carriage return, and U+FFFE/U+FFFF (the latter are dropped). One pass over the
 * text: a month's sitemap escapes ≈2,000 URLs, and a character-by-character split cost most of its render.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what this removes.
const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITY[char] ?? "");
}

/**
 * Feeds and sitemaps are read fresh from the database; the HTTP micro-cache in front (nginx) may keep
 * them for a second and serve a stale copy while it fetches the next one.
 */
export const XML_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": XML_CACHE_CONTROL } });
}

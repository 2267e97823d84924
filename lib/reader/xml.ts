// Minimal XML writing for feeds and sitemaps: every text goes through escapeXml.
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .split("")
    .filter((char) => !isForbiddenInXml(char.charCodeAt(0)))
    .join("");
}

/** XML 1.0 allows no control characters but tab, line feed and carriage return, and not U+FFFE/U+FFFF. */
function isForbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/**
 * Feeds and sitemaps are read fresh from the database; the HTTP micro-cache in front (nginx) may keep
 * them for a second and serve a stale copy while it fetches the next one.
 */
export const XML_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": XML_CACHE_CONTROL } });
}

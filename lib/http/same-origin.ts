// Writes must come from our own pages (session cookies are SameSite=Lax; this is the second lock). The
// Origin a browser sends is compared with the configured public origin (SITE_URL) or the Host the request
// was addressed to (set by the browser, or by our nginx in front); never with X-Forwarded-Host, which any
// client can send.
export function isSameOrigin(request: Request, siteUrl: string | undefined = process.env.SITE_URL): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  const origin = request.headers.get("origin");
  // No Origin: not a browser's cross-site request, unless Fetch Metadata says so.
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (siteUrl) {
    try {
      if (new URL(siteUrl).origin === from.origin) return true;
    } catch {
      // An unreadable SITE_URL is refused at start-up elsewhere; fall back to Host here.
    }
  }
  const host = request.headers.get("host");
  return host !== null && from.host === host;
}

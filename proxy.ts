// Runs before every newsroom and reader page. It is never the only check: every newsroom page, action and
// route handler checks the session and role itself.
// - Newsroom: a convenience redirect for signed-out visitors.
// - While PostgreSQL cannot be reached (lib/http/database-health.ts, a cached probe, no query per request):
//   newsroom pages get the zh-CN 503 page; reader pages are still served from Next's cache, and those that
//   would need the database get the 503 page too (lib/http/cached-or-unavailable.ts). A page cannot set
//   its own status once it renders, so this is the one place a 503 can come from.
import { type NextRequest, NextResponse } from "next/server";
import { cachedOrUnavailable, isOutageInnerRequest } from "@/lib/http/cached-or-unavailable";
import { isDatabaseAvailable } from "@/lib/http/database-health";
import { serviceUnavailablePage } from "@/lib/http/service-unavailable";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function isNewsroom(pathname: string) {
  return pathname === "/newsroom" || pathname.startsWith("/newsroom/");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Page loads only: a server action (sign-in) answers for itself, in the page's own words.
  const isPageLoad = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  if (!isNewsroom(pathname)) {
    if (!isPageLoad || isOutageInnerRequest(request) || (await isDatabaseAvailable())) return NextResponse.next();
    return cachedOrUnavailable(request);
  }
  if (isPageLoad && !(await isDatabaseAvailable())) return serviceUnavailablePage();
  if (pathname === "/newsroom/sign-in") return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/newsroom/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

// Reader routes as in next.config.ts's Cache-Control list, plus the feeds and sitemaps.
export const config = {
  matcher: [
    "/newsroom/:path*",
    "/",
    "/issues/:path*",
    "/articles/:path*",
    "/columns/:path*",
    "/sections/:path*",
    "/bylines/:path*",
    "/feed.xml",
    "/sitemap.xml",
    "/sitemaps/:path*",
    "/news-sitemap.xml",
  ],
};

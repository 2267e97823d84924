// Runs before every newsroom page; never the only check (every newsroom page, action and route handler
// checks the session and role itself):
// - a convenience redirect for signed-out visitors;
// - while PostgreSQL cannot be reached (lib/http/database-health.ts: a cached probe, no query per
//   request), the zh-CN 503 page. A page cannot set its own status once it renders, so this is where a
//   503 can come from. Reader pages are not matched: running the proxy costs every cached reader page
//   about 0.7 ms of CPU (≈30%, measured), and Next serves their cached copies without the database; an
//   uncached one that fails to render gets Next's status 500 with app/error.tsx's zh-CN message.
import { type NextRequest, NextResponse } from "next/server";
import { isDatabaseAvailable } from "@/lib/http/database-health";
import { serviceUnavailablePage } from "@/lib/http/service-unavailable";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Page loads only: a server action (sign-in) answers for itself, in the page's own words.
  const isPageLoad = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
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

export const config = { matcher: ["/newsroom/:path*"] };

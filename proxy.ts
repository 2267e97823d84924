// A convenience redirect for signed-out visitors of the newsroom, and the 503 page while PostgreSQL cannot
// be reached (every newsroom page needs it; a proper status and a zh-CN page instead of a render error).
// Every newsroom page, action and route handler still checks the session and role itself; this is never
// the only check. Reader pages are not matched: Next serves their cached copies without the database.
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

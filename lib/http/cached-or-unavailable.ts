// While PostgreSQL is down a reader page can still be answered from Next's cache, but one that is not
// cached would fail to render, and a render that fails gets status 500 and an empty error shell (Next
// cannot change the status once rendering starts). So during an outage proxy.ts asks its own server for
// the page once more, marked so that the proxy lets that request through: a cached copy is passed on
// as it is, a failure becomes the zh-CN 503 page. Only while the database is down; never otherwise.
import { randomUUID } from "node:crypto";
import { serviceUnavailablePage } from "./service-unavailable";

const INNER_HEADER = "x-newsroom-outage-inner";
const holder = globalThis as unknown as { __newsroomOutageSecret?: string };
const secret = () => {
  holder.__newsroomOutageSecret ??= randomUUID();
  return holder.__newsroomOutageSecret;
};

/** The proxy's own inner request: let Next answer it (from cache, or by failing). */
export function isOutageInnerRequest(request: Request): boolean {
  return request.headers.get(INNER_HEADER) === secret();
}

const DROPPED = new Set(["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]);

export async function cachedOrUnavailable(request: Request): Promise<Response> {
  // Client-side navigations ask for a payload, not the page: the browser then loads the page itself.
  if (request.headers.has("rsc")) return serviceUnavailablePage();
  const url = new URL(request.url);
  const own = `http://127.0.0.1:${process.env.PORT ?? "3000"}${url.pathname}${url.search}`;
  try {
    const inner = await fetch(own, {
      method: request.method,
      headers: { [INNER_HEADER]: secret(), accept: request.headers.get("accept") ?? "text/html", "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(5_000),
    });
    if (inner.status >= 500) {
      await inner.body?.cancel();
      return serviceUnavailablePage();
    }
    const headers = new Headers();
    for (const [name, value] of inner.headers) if (!DROPPED.has(name)) headers.append(name, value);
    return new Response(inner.body, { status: inner.status, headers });
  } catch {
    return serviceUnavailablePage();
  }
}

// The public origin of the reader site, for canonical URLs, feeds and sitemaps: SITE_URL (e.g.
// https://www.jzrb.com). Required in production, where `npm start` refuses to start without it; in
// development and tests a local origin stands in.
import { z } from "zod";

const ZSiteUrl = z.url({ protocol: /^https?$/ });

/** Why SITE_URL cannot be used as it is, or null when it can (unset is fine outside production). */
export function siteUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.SITE_URL?.trim();
  if (!configured) {
    return env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build"
      ? "SITE_URL is not set. Set it to the public origin of the reader site (e.g. SITE_URL=https://www.jzrb.com): canonical links, feeds and sitemaps are built from it."
      : null;
  }
  return ZSiteUrl.safeParse(configured).success ? null : `SITE_URL must be an http(s) URL such as https://www.jzrb.com (got "${configured}").`;
}

/**
 * The last origin worked out, with the settings it came from: a month's sitemap asks ≈2,000 times, and
 * reading the environment is not free. With SITE_URL set (always, in production) it alone decides.
 */
let known: { siteUrl: string | undefined; settings: string; origin: URL; prefix: string } | null = null;

function resolved(): { origin: URL; prefix: string } {
  const configured = process.env.SITE_URL;
  if (known && configured?.trim() && known.siteUrl === configured) return known;
  const settings = JSON.stringify([configured, process.env.NODE_ENV, process.env.NEXT_PHASE, process.env.PORT]);
  if (known?.settings === settings) return known;
  const problem = siteUrlProblem();
  if (problem) throw new Error(problem);
  const origin = new URL(configured?.trim() || `http://localhost:${process.env.PORT ?? 3000}`);
  // What `new URL("/x", origin)` puts before "/x": scheme, credentials if any, host and port.
  known = { siteUrl: configured, settings, origin, prefix: new URL("/", origin).href.slice(0, -1) };
  return known;
}

/**
 * Root-relative paths the URL parser leaves exactly as they are: "/" then only characters it never
 * re-encodes, and no "." or ".." segment (written plainly or as %2e) for it to resolve. Reader paths
 * (lib/reader-change/urls.ts) are such paths; anything else goes through the parser.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

export function siteUrl(): URL {
  return new URL(resolved().origin);
}

function absoluteFrom(site: { origin: URL; prefix: string }, path: string): string {
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return site.prefix + path;
  return new URL(path, site.origin).toString();
}

export function absoluteUrl(path: string): string {
  return absoluteFrom(resolved(), path);
}

/** absoluteUrl() with the settings read once, for many paths: a month's sitemap has ≈2,000. */
export function absoluteUrlMaker(): (path: string) => string {
  const site = resolved();
  return (path) => absoluteFrom(site, path);
}

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

/** The last origin worked out, with the settings it came from: a month's sitemap asks ≈2,000 times. */
let known: { settings: string; origin: URL } | null = null;

function origin(): URL {
  const settings = JSON.stringify([process.env.SITE_URL, process.env.NODE_ENV, process.env.NEXT_PHASE, process.env.PORT]);
  if (known?.settings === settings) return known.origin;
  const problem = siteUrlProblem();
  if (problem) throw new Error(problem);
  const configured = process.env.SITE_URL?.trim();
  known = { settings, origin: new URL(configured || `http://localhost:${process.env.PORT ?? 3000}`) };
  return known.origin;
}

export function siteUrl(): URL {
  return new URL(origin());
}

export function absoluteUrl(path: string): string {
  return new URL(path, origin()).toString();
}

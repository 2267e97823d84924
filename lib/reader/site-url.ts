// The public origin of the reader site, for canonical URLs, feeds and sitemaps. SITE_URL in production
// (e.g. https://www.jzrb.com); a local origin otherwise.
import { z } from "zod";

const ZSiteUrl = z.url({ protocol: /^https?$/ });

export function siteUrl(): URL {
  const configured = process.env.SITE_URL?.trim();
  const parsed = configured ? ZSiteUrl.safeParse(configured) : null;
  if (parsed?.success) return new URL(parsed.data);
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

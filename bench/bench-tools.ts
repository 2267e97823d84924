// What the benches that start the app share: building it, waiting until a started server answers, and
// running wrk and reading its report.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";

/** Builds the app into `distDir` unless BENCH_SKIP_BUILD=1 (reuse the last build). */
export function buildApp(distDir: string, log: (line: string) => void): void {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  log("building (next build)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/** Waits until `url` answers below 500; fails when the process exits first or after `timeoutMs`. */
export async function waitForServer(url: string, child: ChildProcess, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url}`);
}

export interface TWrk {
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  errors: string;
}

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "s" ? n * 1000 : n;
}

/** Requests/s, p50 and p99, and any non-2xx answers or socket errors, from `wrk --latency`'s report. */
export function parseWrk(out: string): TWrk {
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1];
  const socket = /Socket errors: (.*)/.exec(out)?.[1];
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN),
    p50: toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ""),
    p99: toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ""),
    errors: [non2xx ? `${non2xx} non-2xx` : "", socket ?? ""].filter(Boolean).join("; "),
  };
}

/** wrk with two threads; asynchronous, so samplers in this process keep running meanwhile. */
export async function runWrk(url: string, connections: number, duration: string): Promise<TWrk> {
  const child = spawn("wrk", ["-t2", `-c${connections}`, `-d${duration}`, "--latency", url], { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  await new Promise((resolve) => child.once("close", resolve));
  return parseWrk(out);
}

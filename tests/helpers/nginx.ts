// Runs Debian's nginx with the repo's micro-cache config (deploy/nginx/reader-cache.conf.template) in
// front of an app, for the e2e suite and `npm run bench:read`. Optionally also serves one HTML file
// statically, as the bench's baseline.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureDebianPackages } from "./debian-packages";

export const NGINX_BINARY = "/usr/sbin/nginx";

/**
 * `X-Cache-Status` of a response served from a stored entry. A reader page lives one second, so on a busy
 * machine the second of two requests may already find it past its lifetime: STALE (and refreshed in the
 * background) is as much "from the cache" as HIT.
 */
export const FROM_CACHE = /^(HIT|STALE|UPDATING|REVALIDATED)$/;

export interface TLocalNginxOptions {
  /** host:port of the app, or of each app instance (nginx spreads requests over them). */
  upstream: string | string[];
  port: number;
  refreshPort: number;
  /** A directory of its own: config, cache, logs. */
  dir: string;
  staticHtml?: Buffer;
  staticPort?: number;
  /**
   * Log every request of the reader and static servers here (the bench's timing log): `$msec
   * $upstream_cache_status $request_time $upstream_response_time $status $request_uri`. Off by default.
   */
  accessLog?: string;
}

export interface TLocalNginx {
  origin: string;
  refreshOrigin: string;
  staticOrigin: string | null;
  /** One line per refresh request: `<ISO time> <Unix time, s.ms> refresh <seconds taken> <status> <uri>`. */
  refreshLog: string;
  stop: () => Promise<void>;
}

export const NGINX_PACKAGE = { name: "nginx", present: () => existsSync(NGINX_BINARY) };

/** As root on Debian installs nginx when missing; elsewhere says how. */
export function ensureNginx(purpose = "The micro-cache tests"): void {
  ensureDebianPackages([NGINX_PACKAGE], purpose);
}

async function waitForPort(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      await fetch(origin, { method: "HEAD" });
      return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${origin}`);
}

export async function startLocalNginx(options: TLocalNginxOptions): Promise<TLocalNginx> {
  ensureNginx();
  const { dir } = options;
  await mkdir(path.join(dir, "logs"), { recursive: true });
  await mkdir(path.join(dir, "tmp"), { recursive: true });
  const refreshLog = path.join(dir, "logs", "refresh.log");
  const template = await readFile(path.join(process.cwd(), "deploy/nginx/reader-cache.conf.template"), "utf8");
  const upstreams = typeof options.upstream === "string" ? [options.upstream] : options.upstream;
  const values: Record<string, string> = {
    // The template names one upstream server (docker's DNS name stands for every instance); more
    // instances here are more `server` lines in the same upstream block.
    UPSTREAM: upstreams.join(";\n    server "),
    LISTEN: `127.0.0.1:${options.port}`,
    REFRESH_LISTEN: `127.0.0.1:${options.refreshPort}`,
    REFRESH_ACCESS_LOG: refreshLog,
    CACHE_DIR: path.join(dir, "cache"),
  };
  // The same substitution docker's envsubst makes: ${NAME} only; nginx's own $variables stay. Comment
  // lines are left as they are (a value over several lines would end the comment).
  const site = template
    .split("\n")
    .map((line) =>
      line.trimStart().startsWith("#")
        ? line
        : line.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
            const value = values[name];
            if (value === undefined) throw new Error(`reader-cache.conf.template uses \${${name}}, which nothing fills in`);
            return value;
          }),
    )
    .join("\n");
  let staticServer = "";
  if (options.staticHtml && options.staticPort) {
    await mkdir(path.join(dir, "static"), { recursive: true });
    await writeFile(path.join(dir, "static", "page.html"), options.staticHtml);
    staticServer = `server {\n  listen 127.0.0.1:${options.staticPort};\n  root ${dir}/static;\n  default_type "text/html; charset=utf-8";\n  location / { try_files /page.html =404; }\n}\n`;
  }
  // Running as root, nginx's workers would drop to nobody and could not use a private temp directory.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  const accessLog = options.accessLog
    ? `log_format reader_timing '$msec $upstream_cache_status $request_time $upstream_response_time $status $request_uri';\naccess_log ${options.accessLog} reader_timing buffer=256k flush=1s;\n`
    : "access_log off;\n";
  const conf = `${user}worker_processes auto;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log warn;\nevents { worker_connections 4096; }\nhttp {\n${accessLog}sendfile on;\ntcp_nopush on;\nkeepalive_requests 100000;\nclient_body_temp_path ${dir}/tmp;\nproxy_temp_path ${dir}/tmp;\n${site}\n${staticServer}}\n`;
  await writeFile(path.join(dir, "nginx.conf"), conf);
  const child = spawn(NGINX_BINARY, ["-e", path.join(dir, "logs", "error.log"), "-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const refreshOrigin = `http://127.0.0.1:${options.refreshPort}`;
  await waitForPort(origin, child);
  await waitForPort(refreshOrigin, child);
  return {
    origin,
    refreshOrigin,
    staticOrigin: staticServer ? `http://127.0.0.1:${options.staticPort}` : null,
    refreshLog,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {}
        await exited;
      }
    },
  };
}

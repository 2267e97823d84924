// How the production server's process is sized (`npm start`, lib/cli/serve.ts; bench:read runs the server
// with the same settings). Measured with `npm run bench:read` (BENCHMARKS.md, "Memory and the caches on disk"):
// - V8 lets garbage pile up to a limit derived from the machine's memory, far above what the server keeps
//   alive: uncapped it held 466–509 MB at 64 connections, where a capped old space served the same load with
//   no error and no slower walk.
// - Prisma's query compiler is WebAssembly (3.4 MB); V8's optimising tier recompiles its hot functions
//   and kept ≈60 MB for it from the first queries on. Its baseline compiler alone (Liftoff) is enough: a
//   query's plan is compiled once and cached by Prisma.
// An operator's own NODE_OPTIONS heap size or MALLOC_ARENA_MAX always wins.

/** V8's old space for the server: room for the largest render (a month's sitemap of 10 years) and Next's page memory cache. */
export const SERVER_HEAP_MB = 192;
/** glibc's malloc arenas: its default (8 per core) keeps freed native memory (buffers, sockets) in many pools. */
export const SERVER_MALLOC_ARENAS = 2;
/** Flags for V8 itself, given to node before the script (NODE_OPTIONS refuses them). */
export const SERVER_V8_FLAGS = ["--liftoff-only"];

const HEAP_FLAG = /(^|\s)--max[-_]old[-_]space[-_]size(=|\s)/;

/** The environment entries to add to the server's (production mode only; `next dev` needs far more). */
export function serverMemoryEnv(env: Record<string, string | undefined>): { NODE_OPTIONS?: string; MALLOC_ARENA_MAX?: string } {
  const own = env.NODE_OPTIONS?.trim() ?? "";
  return {
    NODE_OPTIONS: HEAP_FLAG.test(own) ? own || undefined : [own, `--max-old-space-size=${SERVER_HEAP_MB}`].filter(Boolean).join(" "),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX?.trim() || String(SERVER_MALLOC_ARENAS),
  };
}

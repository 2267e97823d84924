// `npm start` caps the server's V8 heap and its malloc arenas (lib/cli/server-memory.ts), unless the
// operator's own environment says otherwise.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, SERVER_MALLOC_ARENAS, SERVER_V8_FLAGS, serverMemoryEnv } from "@/lib/cli/server-memory";

describe("the production server's memory settings", () => {
  it("cap V8's old space and malloc's arenas by default, keeping the operator's other node options", () => {
    expect(serverMemoryEnv({})).toEqual({ NODE_OPTIONS: `--max-old-space-size=${SERVER_HEAP_MB}`, MALLOC_ARENA_MAX: String(SERVER_MALLOC_ARENAS) });
    expect(serverMemoryEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("leave the operator's own heap size and arenas alone", () => {
    expect(serverMemoryEnv({ NODE_OPTIONS: "--max-old-space-size=1024", MALLOC_ARENA_MAX: "4" })).toEqual({
      NODE_OPTIONS: "--max-old-space-size=1024",
      MALLOC_ARENA_MAX: "4",
    });
    expect(serverMemoryEnv({ NODE_OPTIONS: "--inspect --max_old_space_size=512" }).NODE_OPTIONS).toBe("--inspect --max_old_space_size=512");
  });

  it("give V8 only flags this node accepts (an unknown one would stop the server at start)", () => {
    const run = spawnSync(process.execPath, [...SERVER_V8_FLAGS, "-e", "process.exit(0)"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

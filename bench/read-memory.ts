// bench:read — the Next server's resident memory. `next start` may run the server in a child process
// (titled next-server): the process that renders is found among the launcher's descendants, and its
// VmRSS is sampled from /proc while a phase runs (its peak is the phase's peak).

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    // pid (comm) state ppid …: comm may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

export function residentKb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The launcher and every process below it. */
function descendants(root: number): number[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const found = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of all) {
      if (found.includes(pid)) continue;
      const parent = parentOf(pid);
      if (parent !== null && found.includes(parent)) {
        found.push(pid);
        grew = true;
      }
    }
  }
  return found;
}

/** The process serving requests: the one titled next-server, else the largest below the launcher. */
export function findNextServer(launcher: number): { pid: number; command: string } {
  const candidates = descendants(launcher).map((pid) => ({ pid, command: commandOf(pid), rss: residentKb(pid) }));
  const titled = candidates.find((candidate) => /next-server/.test(candidate.command));
  const chosen = titled ?? candidates.sort((a, b) => (b.rss || 0) - (a.rss || 0))[0];
  if (!chosen) throw new Error(`no process below ${launcher}`);
  return { pid: chosen.pid, command: chosen.command };
}

export interface TMemoryPhase {
  phase: string;
  /** Highest VmRSS sampled during the phase, and at its end (MB). */
  peakMb: number;
  endMb: number;
}

/** Samples VmRSS every `everyMs` while phases run; `phase()` starts the next one and closes the last. */
export function memorySampler(pid: number, everyMs = 100) {
  const phases: TMemoryPhase[] = [];
  let current: TMemoryPhase | null = null;
  const sample = () => {
    const mb = residentKb(pid) / 1024;
    if (current && Number.isFinite(mb)) {
      current.peakMb = Math.max(current.peakMb, mb);
      current.endMb = mb;
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    phases,
    phase(name: string) {
      sample();
      current = { phase: name, peakMb: residentKb(pid) / 1024, endMb: residentKb(pid) / 1024 };
      phases.push(current);
    },
    stop() {
      sample();
      clearInterval(timer);
      current = null;
    },
  };
}

/** Size of a directory on disk (MB), as `du` counts it. */
export function diskMb(dir: string): number {
  const out = spawnSync("du", ["-sk", dir], { encoding: "utf8" }).stdout;
  return Number(out.split(/\s/)[0]) / 1024;
}

/** Load averages (1, 5, 15 min), as `uptime` prints them. */
export function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}

// Each app instance's timer for scheduled releases, started from instrumentation.ts: it sleeps until the next
// release falls due (looking again at least every half minute, for schedules made on other instances), then
// announces it (announce-due-releases.ts, exactly once across instances). Nothing is kept in memory that a
// restart would lose: on start it catches up on every release that fell due while no instance was running.
import "server-only";
import { getDb } from "@/lib/db/client";
import { announceDueReleases } from "./announce-due-releases";

export interface TReleaseScheduler {
  /** Look now (a schedule was just made or changed on this instance). */
  wake(): void;
  stop(): void;
}

export interface TReleaseSchedulerOptions {
  log?: (line: string) => void;
  /** The longest sleep between two looks. */
  lookEveryMs?: number;
  onAnnounced?: (issueIds: number[]) => void;
}

const KEY = Symbol.for("jinzhong-daily.release-scheduler");
const store = globalThis as unknown as { [KEY]?: TReleaseScheduler };

async function nextReleaseDue(): Promise<Date | null> {
  const next = await getDb().issue.aggregate({ where: { releaseNotifiedAt: null, releasedAt: { not: null } }, _min: { releasedAt: true } });
  return next._min.releasedAt;
}

export function startReleaseScheduler(options: TReleaseSchedulerOptions = {}): TReleaseScheduler {
  if (store[KEY]) return store[KEY];
  const log = options.log ?? ((line: string) => console.error(line));
  const lookEveryMs = options.lookEveryMs ?? 30_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let lookAgain = false;
  let stopped = false;

  const arm = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(look, delay);
    timer.unref?.();
  };

  async function look(): Promise<void> {
    if (running) {
      lookAgain = true;
      return;
    }
    running = true;
    let delay = lookEveryMs;
    try {
      const announced = await announceDueReleases();
      if (announced.length > 0) {
        log(`release scheduler: announced the release of issue ${announced.join(", ")}`);
        options.onAnnounced?.(announced);
      }
      const next = await nextReleaseDue();
      if (next) delay = Math.max(0, Math.min(lookEveryMs, next.getTime() - Date.now()));
    } catch (error) {
      log(`release scheduler: ${error instanceof Error ? error.message : String(error)}; looking again in ${lookEveryMs / 1000} s`);
    }
    running = false;
    if (lookAgain) {
      lookAgain = false;
      delay = 0;
    }
    arm(delay);
  }

  const scheduler: TReleaseScheduler = {
    wake: () => arm(0),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      delete store[KEY];
    },
  };
  store[KEY] = scheduler;
  arm(0);
  return scheduler;
}

/** Tells this instance's timer, if it runs, that a schedule changed. */
export function wakeReleaseScheduler(): void {
  store[KEY]?.wake();
}

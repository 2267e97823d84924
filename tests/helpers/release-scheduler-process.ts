// One app instance's release timer on its own, as a separate process (tests/integration/issue-desk.test.ts
// starts two): prints "ready", then "announced <ids>" for every release this process claimed.
import { startReleaseScheduler } from "@/lib/issues/release-scheduler";

startReleaseScheduler({
  lookEveryMs: 250,
  log: (line) => process.stderr.write(`${line}\n`),
  onAnnounced: (ids) => process.stdout.write(`announced ${ids.join(",")}\n`),
});
process.stdout.write("ready\n");
// The scheduler's timer does not keep a process alive by itself (in the app the server does).
setInterval(() => {}, 60_000);

// Runs once per app instance at start: the reader cache listens for published changes (see
// lib/reader/listen-reader-changes.ts and docs/architecture.md, "Reader cache"), and scheduled issue
// releases are announced when they fall due (lib/issues/release-scheduler.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startReaderChangeListener } = await import("./lib/reader/start-reader-change-listener");
  startReaderChangeListener();
  const { startReleaseScheduler } = await import("./lib/issues/release-scheduler");
  startReleaseScheduler();
}

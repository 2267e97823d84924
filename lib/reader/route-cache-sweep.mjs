// Deletes, in the background, the route cache files an earlier run of the server left: their pages were
// rendered from data this process cannot vouch for (the reader-change listener drops every one of them at
// start anyway), and no budget counted them. Only files last written before this process started are
// touched, so what this process stores meanwhile stays; another instance sharing the directory only
// re-renders the pages it had stored before this one started (a file rewritten between its check and its
// removal goes too: its page is rendered again). Never blocks a request: one file at a time, yielding to the
// event loop between small batches.
import { lstat, opendir, rm } from "node:fs/promises";
import path from "node:path";
import { setImmediate as yieldToRequests } from "node:timers/promises";

const BATCH = 64;

/**
 * Every file below `dir` (none if it does not exist), depth first, one directory open at a time.
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* filesBelow(dir) {
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return;
  }
  for await (const entry of handle) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesBelow(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Removes the files under `dirs` last modified before `before` (ms since the epoch).
 * @param {string[]} dirs
 * @param {number} before
 * @returns {Promise<{ files: number, bytes: number }>} what was removed
 */
export async function sweepEarlierRuns(dirs, before) {
  let files = 0;
  let bytes = 0;
  let sinceYield = 0;
  for (const dir of dirs) {
    for await (const file of filesBelow(dir)) {
      const stats = await lstat(file).catch(() => null);
      if (stats && stats.mtimeMs < before) {
        await rm(file, { force: true });
        files += 1;
        bytes += stats.blocks * 512;
      }
      sinceYield += 1;
      if (sinceYield >= BATCH) {
        sinceYield = 0;
        await yieldToRequests();
      }
    }
  }
  return { files, bytes };
}

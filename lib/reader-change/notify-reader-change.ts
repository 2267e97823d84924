// Announces, inside the writing transaction, which reader cache tags and URLs a change affects.
// PostgreSQL delivers NOTIFY only on commit (and not at all on rollback), to every app instance that
// LISTENs, so each instance can drop its own cached pages — not only the one that handled the publish —
// and refresh those URLs in the HTTP caches in front of it.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { pathsForChange, READER_ALL_TAG, READER_CHANGE_CHANNEL, type TReaderChange, tagsForChange } from "./cache-tags";

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_900;

export function readerChangePayload(change: TReaderChange): string {
  const tags = tagsForChange(change);
  const withPaths = JSON.stringify({ tags, paths: pathsForChange(change) });
  if (Buffer.byteLength(withPaths) <= MAX_PAYLOAD_BYTES) return withPaths;
  // Without paths the HTTP caches catch up on their own within their one-second lifetime.
  const tagsOnly = JSON.stringify({ tags, paths: [] });
  if (Buffer.byteLength(tagsOnly) <= MAX_PAYLOAD_BYTES) return tagsOnly;
  // Too much to name: every instance drops its whole reader cache instead.
  return JSON.stringify({ tags: [READER_ALL_TAG], paths: [] });
}

export async function notifyReaderChange(tx: TTransaction, change: TReaderChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${READER_CHANGE_CHANNEL}, ${readerChangePayload(change)})`;
}

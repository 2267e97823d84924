// Announces, inside the writing transaction, which reader cache tags a change affects. PostgreSQL
// delivers NOTIFY only on commit (and not at all on rollback), to every app instance that LISTENs, so
// each instance can drop its own cached pages — not only the one that handled the publish.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { READER_CHANGE_CHANNEL, type TReaderChange, tagsForChange } from "./cache-tags";

export async function notifyReaderChange(tx: TTransaction, change: TReaderChange): Promise<string[]> {
  const tags = tagsForChange(change);
  await tx.$executeRaw`SELECT pg_notify(${READER_CHANGE_CHANNEL}, ${JSON.stringify({ tags })})`;
  return tags;
}

// Where the reader URL of a merged contributor now lives: the survivor (following later merges), or null.
import "server-only";
import { getDb } from "@/lib/db/client";

const MAX_HOPS = 20;

export async function findContributorRedirect(contributorId: number): Promise<number | null> {
  let id = contributorId;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const row = await getDb().contributor.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!row?.mergedIntoId) return id === contributorId ? null : id;
    id = row.mergedIntoId;
  }
  return id;
}

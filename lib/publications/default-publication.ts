// The newspaper this installation serves. A second title would be a second row, not a rewrite.
import "server-only";
import type { TTransaction } from "@/lib/db/client";

export const DEFAULT_PUBLICATION = { slug: "jinzhong-daily", name: "晋中日报" } as const;

export async function ensureDefaultPublication(tx: TTransaction) {
  return tx.publication.upsert({
    where: { slug: DEFAULT_PUBLICATION.slug },
    update: {},
    create: { slug: DEFAULT_PUBLICATION.slug, name: DEFAULT_PUBLICATION.name },
  });
}

// Locks one contributor's row for the rest of the transaction (merges and edits of one person queue up).
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function lockContributor(tx: TTransaction, contributorId: number) {
  await tx.$queryRaw`SELECT "id" FROM "Contributor" WHERE "id" = ${contributorId} FOR UPDATE`;
  const contributor = await tx.contributor.findUnique({ where: { id: contributorId } });
  if (!contributor) throw new AppError("NOT_FOUND", `署名人 #${contributorId} 不存在`);
  return contributor;
}

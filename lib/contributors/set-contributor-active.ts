// Deactivates a contributor (kept on every story, no longer suggested to editors) or brings them back.
// Readers see no difference.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZContributorId } from "./contributor-input";
import { lockContributor } from "./lock-contributor";

export const ZSetContributorActiveInput = z.object({ contributorId: ZContributorId, active: z.boolean() });
export type TSetContributorActiveInput = z.input<typeof ZSetContributorActiveInput>;

export async function setContributorActive(actor: TActor, input: TSetContributorActiveInput): Promise<{ id: number; active: boolean }> {
  const { contributorId, active } = ZSetContributorActiveInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const contributor = await lockContributor(tx, contributorId);
    if (contributor.mergedIntoId !== null) throw new AppError("CONFLICT", `署名人“${contributor.name}”已合并到 #${contributor.mergedIntoId}，不能再启用或停用`);
    if ((contributor.deactivatedAt === null) === active) {
      throw new AppError("CONFLICT", active ? `署名人“${contributor.name}”已在使用中` : `署名人“${contributor.name}”已停用`);
    }
    await tx.contributor.update({ where: { id: contributorId }, data: { deactivatedAt: active ? null : new Date() } });
    await recordAuditEvent(tx, actor, {
      action: active ? "contributor.reactivated" : "contributor.deactivated",
      entityType: "contributor",
      entityId: String(contributorId),
      payload: { name: contributor.name },
    });
    return { id: contributorId, active };
  });
}

// Renames a contributor or changes their default role and affiliation. Published stories keep the names as
// printed (a new publish prints the new name); the editor suggests the new one at once.
import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZContributorFields, ZContributorId } from "./contributor-input";
import { lockContributor } from "./lock-contributor";

export const ZUpdateContributorInput = ZContributorFields.extend({ contributorId: ZContributorId });
export type TUpdateContributorInput = z.input<typeof ZUpdateContributorInput>;

export async function updateContributor(actor: TActor, input: TUpdateContributorInput): Promise<{ id: number }> {
  const { contributorId, ...fields } = ZUpdateContributorInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const before = await lockContributor(tx, contributorId);
    if (before.mergedIntoId !== null) throw new AppError("CONFLICT", `署名人“${before.name}”已合并到 #${before.mergedIntoId}，请修改合并后的署名人`);
    const same = await tx.contributor.findFirst({
      where: { name: fields.name, affiliation: fields.affiliation, mergedIntoId: null, id: { not: contributorId } },
      select: { id: true },
    });
    if (same) throw new AppError("CONFLICT", `已有署名人“${fields.name}”（${fields.affiliation ?? "无单位"}，#${same.id}）；如是同一人请合并`);
    await tx.contributor.update({ where: { id: contributorId }, data: fields });
    await recordAuditEvent(tx, actor, {
      action: "contributor.updated",
      entityType: "contributor",
      entityId: String(contributorId),
      payload: { before: { name: before.name, affiliation: before.affiliation, defaultRole: before.defaultRole }, after: fields },
    });
    return { id: contributorId };
  });
}

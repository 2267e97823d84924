// Adds a byline person from the desk. A second person of the same name is told apart by affiliation, so
// the same name and affiliation twice is refused (use the existing one).
import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZContributorFields } from "./contributor-input";

export const ZCreateContributorInput = ZContributorFields;
export type TCreateContributorInput = z.input<typeof ZCreateContributorInput>;

export async function createContributor(actor: TActor, input: TCreateContributorInput): Promise<{ id: number }> {
  const data = ZCreateContributorInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const same = await tx.contributor.findFirst({ where: { name: data.name, affiliation: data.affiliation, mergedIntoId: null }, select: { id: true } });
    if (same) {
      throw new AppError("CONFLICT", `已有署名人“${data.name}”（${data.affiliation ?? "无单位"}，#${same.id}）；同名的另一个人请填写不同的单位以便区分`);
    }
    const contributor = await tx.contributor.create({ data });
    await recordAuditEvent(tx, actor, { action: "contributor.created", entityType: "contributor", entityId: String(contributor.id), payload: data });
    return { id: contributor.id };
  });
}

// Puts a section or 栏目 one place up or down in its list (the order lists and the editor's choices use).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZSectionRef } from "./section-input";
import { sectionStore } from "./section-store";

export const ZMoveSectionInput = ZSectionRef.extend({ direction: z.enum(["up", "down"]) });
export type TMoveSectionInput = z.input<typeof ZMoveSectionInput>;

export async function moveSection(actor: TActor, input: TMoveSectionInput): Promise<{ order: number[] }> {
  const data = ZMoveSectionInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    // One reorder of a list at a time, so two moves never interleave their renumbering.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reorder:${data.kind}`}, 0))`;
    const store = sectionStore(tx, data.kind);
    const rows = await store.all();
    const index = rows.findIndex((row) => row.id === data.id);
    if (index < 0) throw new AppError("NOT_FOUND", `${store.label} #${data.id} 不存在`);
    const target = data.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= rows.length) throw new AppError("INVALID_INPUT", data.direction === "up" ? "已经排在最前" : "已经排在最后");
    const order = rows.map((row) => row.id);
    [order[index], order[target]] = [order[target] ?? data.id, order[index] ?? data.id];
    for (const [position, id] of order.entries()) await store.update(id, { position: position + 1 });
    await recordAuditEvent(tx, actor, {
      action: data.kind === "section" ? "section.reordered" : "column.reordered",
      entityType: data.kind,
      entityId: "all",
      payload: { order },
    });
    return { order };
  });
}

// Hides a section or 栏目 from the editor's choices (or shows it again). Stories keep it and its reader URL
// keeps working, so readers see no difference.
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

export const ZSetSectionHiddenInput = ZSectionRef.extend({ hidden: z.boolean() });
export type TSetSectionHiddenInput = z.input<typeof ZSetSectionHiddenInput>;

export async function setSectionHidden(actor: TActor, input: TSetSectionHiddenInput): Promise<{ id: number; hidden: boolean }> {
  const data = ZSetSectionHiddenInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const store = sectionStore(tx, data.kind);
    const row = await store.lock(data.id);
    if ((row.hiddenAt !== null) === data.hidden) throw new AppError("CONFLICT", `${store.label}“${row.name}”${data.hidden ? "已隐藏" : "没有隐藏"}`);
    await store.update(data.id, { hiddenAt: data.hidden ? new Date() : null });
    const action = data.kind === "section" ? (data.hidden ? "section.hidden" : "section.shown") : data.hidden ? "column.hidden" : "column.shown";
    await recordAuditEvent(tx, actor, { action, entityType: data.kind, entityId: String(data.id), payload: { name: row.name, slug: row.slug } });
    return { id: data.id, hidden: data.hidden };
  });
}

// Deletes a section or 栏目 that nothing uses. One that still has stories (a draft or any published
// version) — or, for a section, pages — is refused with the count: hide it instead.
import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZSectionRef } from "./section-input";
import { sectionStore } from "./section-store";

export const ZDeleteSectionInput = ZSectionRef;
export type TDeleteSectionInput = z.input<typeof ZDeleteSectionInput>;

export async function deleteSection(actor: TActor, input: TDeleteSectionInput): Promise<{ id: number }> {
  const data = ZDeleteSectionInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const store = sectionStore(tx, data.kind);
    const row = await store.lock(data.id);
    const usage = await store.usage(data.id);
    if (usage.stories > 0 || usage.pages > 0) {
      const parts = [usage.stories > 0 ? `${usage.stories} 篇稿件` : null, usage.pages > 0 ? `${usage.pages} 个版面` : null].filter(Boolean);
      throw new AppError("CONFLICT", `不能删除${store.label}“${row.name}”：还有 ${parts.join("、")}在使用它。可以改为隐藏。`, {
        details: { stories: usage.stories, pages: usage.pages },
      });
    }
    await store.remove(data.id);
    await recordAuditEvent(tx, actor, {
      action: data.kind === "section" ? "section.deleted" : "column.deleted",
      entityType: data.kind,
      entityId: String(data.id),
      payload: { name: row.name, slug: row.slug },
    });
    return { id: data.id };
  });
}

// Adds a section or 栏目 at the end of its list.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { slugFor, ZSectionName, ZSectionSlug } from "./section-input";
import { sectionStore, ZSectionKind } from "./section-store";

export const ZCreateSectionInput = z.object({ kind: ZSectionKind, name: ZSectionName, slug: ZSectionSlug });
export type TCreateSectionInput = z.input<typeof ZCreateSectionInput>;

export async function createSection(actor: TActor, input: TCreateSectionInput): Promise<{ id: number; slug: string }> {
  const data = ZCreateSectionInput.parse(input);
  const slug = slugFor(data.name, data.slug);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const store = sectionStore(tx, data.kind);
    if (await store.taken("name", data.name, null)) throw new AppError("CONFLICT", `${store.label}“${data.name}”已存在`);
    if (await store.taken("slug", slug, null)) throw new AppError("CONFLICT", `网址名“${slug}”已被使用，请换一个`);
    const rows = await store.all();
    const created = await store.create({ name: data.name, slug, position: (rows.at(-1)?.position ?? 0) + 1 });
    // A slug that used to redirect now belongs to the new one.
    const previousOwner = await store.oldSlugOwner(slug);
    if (previousOwner !== null) {
      await store.dropOldSlug(slug);
      await notifyReaderChange(tx, store.readerChange([previousOwner], [store.readerPath(slug)]));
    }
    await recordAuditEvent(tx, actor, {
      action: data.kind === "section" ? "section.created" : "column.created",
      entityType: data.kind,
      entityId: String(created.id),
      payload: { name: created.name, slug: created.slug },
    });
    return { id: created.id, slug: created.slug };
  });
}

// Renames a section or 栏目, and its slug if asked. The old slug is kept, so the old reader URL redirects
// (permanently) to the new one; readers of both URLs are told. Published stories keep the name as printed.
import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { slugFor, ZSectionName, ZSectionRef, ZSectionSlug } from "./section-input";
import { sectionStore } from "./section-store";

export const ZRenameSectionInput = ZSectionRef.extend({ name: ZSectionName, slug: ZSectionSlug });
export type TRenameSectionInput = z.input<typeof ZRenameSectionInput>;

export async function renameSection(actor: TActor, input: TRenameSectionInput): Promise<{ id: number; slug: string }> {
  const data = ZRenameSectionInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    const store = sectionStore(tx, data.kind);
    const before = await store.lock(data.id);
    const slug = data.slug === null ? before.slug : slugFor(data.name, data.slug);
    if (data.name === before.name && slug === before.slug) throw new AppError("INVALID_INPUT", "名称和网址名都没有变化");
    if (await store.taken("name", data.name, data.id)) throw new AppError("CONFLICT", `${store.label}“${data.name}”已存在`);
    if (await store.taken("slug", slug, data.id)) throw new AppError("CONFLICT", `网址名“${slug}”已被使用，请换一个`);
    const oldOwner = slug === before.slug ? null : await store.oldSlugOwner(slug);
    if (oldOwner !== null && oldOwner !== data.id) throw new AppError("CONFLICT", `网址名“${slug}”是另一${store.label}的旧网址，仍在跳转，请换一个`);
    const after = await store.update(data.id, { name: data.name, slug });
    if (slug !== before.slug) {
      await store.dropOldSlug(slug);
      await store.keepOldSlug(before.slug, data.id);
    }
    await notifyReaderChange(tx, store.readerChange([data.id], [...new Set([store.readerPath(before.slug), store.readerPath(slug)])]));
    await recordAuditEvent(tx, actor, {
      action: data.kind === "section" ? "section.renamed" : "column.renamed",
      entityType: data.kind,
      entityId: String(data.id),
      payload: { before: { name: before.name, slug: before.slug }, after: { name: after.name, slug: after.slug } },
    });
    return { id: after.id, slug: after.slug };
  });
}

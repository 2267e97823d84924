// What the library remembers of a photo (caption, credit, alt text), filled in from the figure it was first
// placed in: uploads happen before the editor writes them. Only empty fields are filled, so reusing a
// photo elsewhere with other words never rewrites its library entry.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullish()
    .transform((value) => value || null);

export const ZDescribeMediaInput = z.object({
  mediaId: z.string().min(1).max(64),
  caption: text(2000, "图片说明"),
  credit: text(200, "摄影署名"),
  creditContributorId: z.number().int().positive().nullish(),
  alt: text(500, "替代文字"),
});
export type TDescribeMediaInput = z.input<typeof ZDescribeMediaInput>;

export async function describeMedia(actor: TActor, input: TDescribeMediaInput): Promise<{ updated: boolean }> {
  const data = ZDescribeMediaInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const media = await tx.media.findUnique({ where: { id: data.mediaId } });
    if (!media) throw new AppError("NOT_FOUND", "找不到该图片");
    const creditContributorId =
      data.creditContributorId && (await tx.contributor.count({ where: { id: data.creditContributorId, mergedIntoId: null } })) > 0
        ? data.creditContributorId
        : null;
    const next = {
      caption: media.caption ?? data.caption,
      credit: media.credit ?? data.credit,
      creditContributorId: media.creditContributorId ?? creditContributorId,
      alt: media.alt ?? data.alt,
    };
    if (next.caption === media.caption && next.credit === media.credit && next.creditContributorId === media.creditContributorId && next.alt === media.alt) {
      return { updated: false };
    }
    await tx.media.update({ where: { id: media.id }, data: next });
    await recordAuditEvent(tx, actor, { action: "media.updated", entityType: "media", entityId: media.id, payload: next });
    return { updated: true };
  });
}

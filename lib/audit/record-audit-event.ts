// Writes one audit row in the caller's transaction, with a payload typed per action.
import "server-only";
import { z } from "zod";
import { actorSource, actorUserId, type TActor } from "@/lib/auth/actor";
import { ZUserRole } from "@/lib/auth/roles";
import type { TTransaction } from "@/lib/db/client";
import { MEDIA_EVENTS } from "./media-events";
import { PEOPLE_DESK_EVENTS } from "./people-desk-events";

export const ZAuditEvent = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("page.imported"),
    entityType: z.literal("page"),
    entityId: z.string(),
    payload: z.object({
      issueDate: z.string(),
      pageNumber: z.number().int(),
      createdArticleIds: z.array(z.number().int()),
      continuedArticleIds: z.array(z.number().int()),
      replacedArticleIds: z.array(z.number().int()),
      /** Unpublished imported stories the new text of the page no longer has. */
      removedArticleIds: z.array(z.number().int()).default([]),
      published: z.boolean(),
      released: z.boolean(),
    }),
  }),
  z.object({
    action: z.literal("issue.released"),
    entityType: z.literal("issue"),
    entityId: z.string(),
    payload: z.object({ issueDate: z.string(), releasedAt: z.string() }),
  }),
  z.object({
    action: z.literal("issue.redated"),
    entityType: z.literal("issue"),
    entityId: z.string(),
    payload: z.object({ issueDate: z.string(), from: z.string(), to: z.string() }),
  }),
  z.object({
    action: z.literal("article.published"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ snapshotId: z.number().int(), version: z.number().int() }),
  }),
  z.object({
    action: z.literal("article.unpublished"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ snapshotId: z.number().int(), version: z.number().int() }),
  }),
  z.object({
    action: z.literal("article.created"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ kind: z.string(), pageId: z.number().int().nullable() }),
  }),
  z.object({
    action: z.literal("article.saved"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ version: z.number().int() }),
  }),
  z.object({
    action: z.literal("article.restored"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ revisionId: z.number().int(), version: z.number().int() }),
  }),
  z.object({
    action: z.literal("user.created"),
    entityType: z.literal("user"),
    entityId: z.string(),
    payload: z.object({ email: z.string(), role: ZUserRole }),
  }),
  z.object({
    action: z.enum(["auth.signed_in", "auth.sign_in_failed", "auth.rate_limited"]),
    entityType: z.literal("user"),
    /** The user id when the account exists, else the e-mail that was typed. */
    entityId: z.string(),
    payload: z.object({ email: z.string(), ip: z.string().nullable(), reason: z.string().optional() }),
  }),
  // The issue desk (版面编排).
  z.object({
    action: z.enum(["issue.created", "issue.plan_updated"]),
    entityType: z.literal("issue"),
    entityId: z.string(),
    payload: z.object({
      issueDate: z.string(),
      number: z.number().int().nullable(),
      pages: z.array(z.object({ number: z.number().int(), name: z.string().nullable(), sectionId: z.number().int().nullable() })),
      removedPages: z.array(z.number().int()).default([]),
    }),
  }),
  z.object({
    action: z.enum(["issue.release_scheduled", "issue.unreleased"]),
    entityType: z.literal("issue"),
    entityId: z.string(),
    payload: z.object({ issueDate: z.string(), releasedAt: z.string().nullable(), previousReleasedAt: z.string().nullable() }),
  }),
  z.object({
    action: z.literal("page.reordered"),
    entityType: z.literal("page"),
    entityId: z.string(),
    payload: z.object({ articleIds: z.array(z.number().int()) }),
  }),
  z.object({
    action: z.literal("article.placement_changed"),
    entityType: z.literal("article"),
    entityId: z.string(),
    payload: z.object({ fromPageId: z.number().int().nullable(), toPageId: z.number().int().nullable(), version: z.number().int() }),
  }),
  // The page image (版面图) and its story regions (lib/page-images).
  z.object({
    action: z.literal("page.image_uploaded"),
    entityType: z.literal("page"),
    entityId: z.string(),
    payload: z.object({ hash: z.string(), sourceType: z.string(), width: z.number().int(), height: z.number().int(), replacedHash: z.string().nullable() }),
  }),
  z.object({
    action: z.literal("page.regions_saved"),
    entityType: z.literal("page"),
    entityId: z.string(),
    payload: z.object({ regions: z.array(z.object({ articleId: z.number().int(), sequence: z.number().int() })), removed: z.number().int() }),
  }),
  // The admin desk: people, sections and columns, accounts (lib/contributors, lib/sections, lib/users).
  ...PEOPLE_DESK_EVENTS,
  // Photos (lib/media).
  ...MEDIA_EVENTS,
]);
export type TAuditEvent = z.input<typeof ZAuditEvent>;

export async function recordAuditEvent(tx: TTransaction, actor: TActor, event: TAuditEvent): Promise<void> {
  const parsed = ZAuditEvent.parse(event);
  await tx.auditEvent.create({
    data: {
      actorKind: actor.kind,
      actorUserId: actorUserId(actor),
      actorSource: actorSource(actor),
      action: parsed.action,
      entityType: parsed.entityType,
      entityId: parsed.entityId,
      payload: parsed.payload,
    },
  });
}

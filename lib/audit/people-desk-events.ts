// Audit events of the admin desk's people, sections and columns and accounts, typed per action. Part of the
// one event union in record-audit-event.ts.
import { z } from "zod";
import { ZUserRole } from "@/lib/auth/roles";
import { ZBylineRole } from "@/lib/content/kinds";

const ZContributorFields = z.object({ name: z.string(), affiliation: z.string().nullable(), defaultRole: ZBylineRole });
const ZNamedSlug = z.object({ name: z.string(), slug: z.string() });

export const PEOPLE_DESK_EVENTS = [
  z.object({
    action: z.literal("contributor.created"),
    entityType: z.literal("contributor"),
    entityId: z.string(),
    payload: ZContributorFields,
  }),
  z.object({
    action: z.literal("contributor.updated"),
    entityType: z.literal("contributor"),
    entityId: z.string(),
    payload: z.object({ before: ZContributorFields, after: ZContributorFields }),
  }),
  z.object({
    action: z.enum(["contributor.deactivated", "contributor.reactivated"]),
    entityType: z.literal("contributor"),
    entityId: z.string(),
    payload: z.object({ name: z.string() }),
  }),
  z.object({
    action: z.literal("contributor.merged"),
    entityType: z.literal("contributor"),
    /** The merged (duplicate) contributor; the survivor is in the payload. */
    entityId: z.string(),
    payload: z.object({
      name: z.string(),
      survivorId: z.number().int(),
      survivorName: z.string(),
      bylinesMoved: z.number().int(),
      snapshotsRewritten: z.number().int(),
    }),
  }),
  z.object({
    action: z.enum([
      "section.created",
      "section.hidden",
      "section.shown",
      "section.deleted",
      "column.created",
      "column.hidden",
      "column.shown",
      "column.deleted",
    ]),
    entityType: z.enum(["section", "column"]),
    entityId: z.string(),
    payload: ZNamedSlug,
  }),
  z.object({
    action: z.enum(["section.renamed", "column.renamed"]),
    entityType: z.enum(["section", "column"]),
    entityId: z.string(),
    payload: z.object({ before: ZNamedSlug, after: ZNamedSlug }),
  }),
  z.object({
    action: z.enum(["section.reordered", "column.reordered"]),
    entityType: z.enum(["section", "column"]),
    /** "all": the order of the whole list. */
    entityId: z.string(),
    payload: z.object({ order: z.array(z.number().int()) }),
  }),
  z.object({
    action: z.literal("user.role_changed"),
    entityType: z.literal("user"),
    entityId: z.string(),
    payload: z.object({ email: z.string(), from: ZUserRole, to: ZUserRole }),
  }),
  z.object({
    action: z.enum(["user.disabled", "user.enabled", "user.password_changed"]),
    entityType: z.literal("user"),
    entityId: z.string(),
    payload: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal("user.password_reset"),
    entityType: z.literal("user"),
    entityId: z.string(),
    /** generated: a one-time password was shown to the admin (never stored in the trail). */
    payload: z.object({ email: z.string(), generated: z.boolean() }),
  }),
] as const;

// Audit events of photos and media storage, typed per action. Part of the one event union in
// record-audit-event.ts.
import { z } from "zod";

export const MEDIA_EVENTS = [
  z.object({
    action: z.literal("media.uploaded"),
    entityType: z.literal("media"),
    entityId: z.string(),
    payload: z.object({
      hash: z.string(),
      filename: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
      storage: z.enum(["postgres", "s3"]),
    }),
  }),
  z.object({
    action: z.literal("media.updated"),
    entityType: z.literal("media"),
    entityId: z.string(),
    payload: z.object({
      caption: z.string().nullable(),
      credit: z.string().nullable(),
      creditContributorId: z.number().int().nullable(),
      alt: z.string().nullable(),
    }),
  }),
  z.object({
    action: z.literal("media.deleted"),
    entityType: z.literal("media"),
    entityId: z.string(),
    payload: z.object({ hash: z.string(), filename: z.string(), size: z.number().int() }),
  }),
] as const;

// A story part's rectangle on a page image, in fractions (0–1) of the image. Pure and client-safe: the region
// editor checks what it sends with the same schema the command parses.
import { z } from "zod";

/** Rounding slack: a rectangle drawn to the image's edge may end a hair past 1. */
const EDGE = 1e-6;
const fraction = z.number().min(0, { message: "热区位置不能小于 0" }).max(1, { message: "热区位置不能超过 100%" });

export const ZPageRegion = z
  .object({
    articleId: z.number().int().positive(),
    sequence: z.number().int().min(0).max(100),
    x: fraction,
    y: fraction,
    w: z.number().min(0.005, { message: "热区太小" }).max(1),
    h: z.number().min(0.005, { message: "热区太小" }).max(1),
  })
  .refine((region) => region.x + region.w <= 1 + EDGE && region.y + region.h <= 1 + EDGE, { message: "热区超出了版面图" });
export type TPageRegion = z.infer<typeof ZPageRegion>;

export const ZPageRegions = z.array(ZPageRegion).max(300, { message: "一个版面最多 300 个热区" });

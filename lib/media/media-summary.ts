// A photo as the newsroom's browser sees it (library, figure dialog): what to show and how to point at it.
// Client-safe: the zod schema checks the server's answers in the browser.
import { z } from "zod";

export { mediaPreviewUrl } from "@/lib/content/media-preview-url";

export const ZMediaSummary = z.object({
  id: z.string(),
  hash: z.string(),
  filename: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  size: z.number().int(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  creditContributorId: z.number().int().nullable(),
  alt: z.string().nullable(),
  /** A small rendition through the newsroom's own route (works before any story is published). */
  thumbnailUrl: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TMediaSummary = z.infer<typeof ZMediaSummary>;

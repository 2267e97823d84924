// Renditions of a page image: their stored description, storage keys and reader URLs. Pure and client-safe.
import { z } from "zod";

export const RENDITION_FORMATS = ["webp", "jpeg"] as const;
export type TRenditionFormat = (typeof RENDITION_FORMATS)[number];

export const ZRendition = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.enum(RENDITION_FORMATS),
  key: z.string().min(1),
  bytes: z.number().int().nonnegative(),
});
export type TRendition = z.infer<typeof ZRendition>;
export const ZRenditions = z.array(ZRendition).min(1);

export const RENDITION_CONTENT_TYPES: Record<TRenditionFormat, string> = { webp: "image/webp", jpeg: "image/jpeg" };
const EXTENSIONS: Record<TRenditionFormat, string> = { webp: "webp", jpeg: "jpg" };

/** `<hash>-<width>.<ext>`: the file name in reader URLs; the hash of the upload makes it immutable. */
export function renditionFileName(hash: string, rendition: Pick<TRendition, "width" | "format">): string {
  return `${hash}-${rendition.width}.${EXTENSIONS[rendition.format]}`;
}

export function renditionKey(pageId: number, hash: string, rendition: Pick<TRendition, "width" | "format">): string {
  return `page-images/${pageId}/${renditionFileName(hash, rendition)}`;
}

const FILE_NAME = /^([0-9a-f]{16})-(\d{1,5})\.(webp|jpg)$/;

export function parseRenditionFileName(name: string): { hash: string; width: number; format: TRenditionFormat } | null {
  const match = FILE_NAME.exec(name);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { hash: match[1], width: Number(match[2]), format: match[3] === "jpg" ? "jpeg" : "webp" };
}

/** /issues/2025-12-20/1/image/<hash>-1200.webp */
export function renditionUrl(issueDate: string, pageNumber: number, hash: string, rendition: Pick<TRendition, "width" | "format">): string {
  return `/issues/${issueDate}/${pageNumber}/image/${renditionFileName(hash, rendition)}`;
}

/** `srcset` of one format, narrowest first. */
export function srcSet(issueDate: string, pageNumber: number, hash: string, renditions: readonly TRendition[], format: TRenditionFormat): string {
  return renditions
    .filter((rendition) => rendition.format === format)
    .sort((a, b) => a.width - b.width)
    .map((rendition) => `${renditionUrl(issueDate, pageNumber, hash, rendition)} ${rendition.width}w`)
    .join(", ");
}

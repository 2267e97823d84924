// What is made of every uploaded photo, once, at upload: the widths and formats, their storage keys and
// their reader URLs. Pure (no I/O): shared by processing, the reader route and the renderer.
import { z } from "zod";

/** Rendition widths (CSS px at 1x, or 2x on a phone); never wider than the original. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;
export const RENDITION_FORMATS = ["webp", "jpeg", "avif"] as const;
export type TRenditionFormat = (typeof RENDITION_FORMATS)[number];

export const RENDITION_EXTENSIONS: Record<TRenditionFormat, string> = { webp: "webp", jpeg: "jpg", avif: "avif" };
export const RENDITION_CONTENT_TYPES: Record<TRenditionFormat, string> = { webp: "image/webp", jpeg: "image/jpeg", avif: "image/avif" };

export const ZRendition = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.enum(RENDITION_FORMATS),
  key: z.string(),
  size: z.number().int().nonnegative(),
});
export type TRendition = z.infer<typeof ZRendition>;
export const ZRenditions = z.array(ZRendition);

/** The content hash a media URL and its storage keys carry: 32 lowercase hex characters. */
export const ZMediaHash = z.string().regex(/^[0-9a-f]{32}$/);

/** The widths to make for an original `width` px wide: the standard ones below it, and the original's own. */
export function renditionWidths(width: number): number[] {
  const below = RENDITION_WIDTHS.filter((candidate) => candidate < width);
  const largest = RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1] ?? width;
  return width <= largest ? [...below, width] : [...below];
}

export function renditionKey(hash: string, width: number, format: TRenditionFormat): string {
  return `media/${hash}/${width}.${RENDITION_EXTENSIONS[format]}`;
}

export function originalKey(hash: string, extension: string): string {
  return `media/${hash}/original.${extension}`;
}

/** The reader URL of a rendition: content-hashed, so it can be cached for a year. */
export function renditionUrl(hash: string, width: number, format: TRenditionFormat): string {
  return `/media/${hash}/${width}.${RENDITION_EXTENSIONS[format]}`;
}

/** Parses `<width>.<ext>` of a reader URL; null when it is not one we make. */
export function parseRenditionName(name: string): { width: number; format: TRenditionFormat } | null {
  const match = /^([1-9][0-9]{0,4})\.(webp|jpg|avif)$/.exec(name);
  if (!match) return null;
  const format = (Object.entries(RENDITION_EXTENSIONS) as Array<[TRenditionFormat, string]>).find(([, ext]) => ext === match[2])?.[0];
  return format ? { width: Number(match[1]), format } : null;
}

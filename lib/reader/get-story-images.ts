// The photos a story's figures show, read once per story page: renditions for <img srcset>, and the first
// picture for OpenGraph and JSON-LD.
import "server-only";
import type { TFigureImage } from "@/lib/content/render-body";
import type { TStoryDocument } from "@/lib/content/schema";
import { getDb } from "@/lib/db/client";
import { figureImageOf, type TFigureMedia } from "@/lib/media/figure-image";
import { renditionUrl, ZRenditions } from "@/lib/media/renditions";

export interface TStoryImages {
  byId: ReadonlyMap<string, TFigureImage>;
  /** The first figure's picture in reading order, for OpenGraph and JSON-LD (site-relative URL). */
  share: { url: string; width: number; height: number; alt: string | null } | null;
}

/** The largest JPEG rendition: the picture OpenGraph and JSON-LD name. */
function shareImageOf(media: TFigureMedia): { url: string; width: number; height: number } | null {
  const largest = media.renditions.filter((rendition) => rendition.format === "jpeg").sort((a, b) => b.width - a.width)[0];
  return largest ? { url: renditionUrl(media.hash, largest.width, "jpeg"), width: largest.width, height: largest.height } : null;
}

export async function getStoryImages(body: TStoryDocument): Promise<TStoryImages> {
  const figures = body.content.flatMap((block) => (block.type === "figure" && block.attrs.mediaId ? [block.attrs] : []));
  if (figures.length === 0) return { byId: new Map(), share: null };
  const rows = await getDb().media.findMany({
    where: { id: { in: [...new Set(figures.map((figure) => figure.mediaId ?? ""))] } },
    select: { id: true, hash: true, width: true, height: true, renditions: true },
  });
  const media = new Map(rows.map((row) => [row.id, { ...row, renditions: ZRenditions.parse(row.renditions) }]));
  const byId = new Map<string, TFigureImage>();
  for (const [id, row] of media) {
    const image = figureImageOf(row);
    if (image) byId.set(id, image);
  }
  const first = figures.find((figure) => media.has(figure.mediaId ?? ""));
  const firstMedia = first ? media.get(first.mediaId ?? "") : undefined;
  const shared = firstMedia ? shareImageOf(firstMedia) : null;
  return { byId, share: shared && first ? { ...shared, alt: first.alt ?? first.caption } : null };
}

// A Media row's renditions as the reader's <img srcset> needs them. Pure: the story page and the newsroom
// preview build it from rows they read, the renderer (lib/content/render-body.tsx) only prints it.
import type { TFigureImage } from "@/lib/content/render-body";
import { renditionUrl, type TRendition } from "./renditions";

export interface TFigureMedia {
  hash: string;
  width: number;
  height: number;
  renditions: readonly TRendition[];
}

/** The width the plain `src` uses (browsers without srcset, crawlers): the middle size. */
const FALLBACK_WIDTH = 960;

function srcSet(media: TFigureMedia, format: TRendition["format"]): { set: string; widths: number[] } {
  const widths = media.renditions
    .filter((rendition) => rendition.format === format)
    .map((rendition) => rendition.width)
    .sort((a, b) => a - b);
  return { set: widths.map((width) => `${renditionUrl(media.hash, width, format)} ${width}w`).join(", "), widths };
}

export function figureImageOf(media: TFigureMedia): TFigureImage | null {
  const jpeg = srcSet(media, "jpeg");
  if (jpeg.widths.length === 0) return null;
  const webp = srcSet(media, "webp");
  const fallback = jpeg.widths.filter((width) => width <= FALLBACK_WIDTH).at(-1) ?? jpeg.widths[0] ?? media.width;
  return {
    src: renditionUrl(media.hash, fallback, "jpeg"),
    srcSet: jpeg.set,
    webpSrcSet: webp.widths.length > 0 ? webp.set : null,
    width: media.width,
    height: media.height,
  };
}

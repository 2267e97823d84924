// How a stored page image is shown: its size and the srcset of each format, from its renditions. Pure.
import { renditionUrl, srcSet, type TRendition } from "./renditions";

export interface TPageImageSources {
  width: number;
  height: number;
  webpSrcSet: string;
  jpegSrcSet: string;
  /** The narrowest JPEG: the `src` of browsers without srcset. */
  fallbackSrc: string;
}

export function pageImageSources(
  issueDate: string,
  pageNumber: number,
  image: { width: number; height: number; hash: string; renditions: TRendition[] },
): TPageImageSources {
  const jpegs = image.renditions.filter((rendition) => rendition.format === "jpeg").sort((a, b) => a.width - b.width);
  const fallback = jpegs[0] ?? image.renditions[0];
  return {
    width: image.width,
    height: image.height,
    webpSrcSet: srcSet(issueDate, pageNumber, image.hash, image.renditions, "webp"),
    jpegSrcSet: srcSet(issueDate, pageNumber, image.hash, image.renditions, "jpeg"),
    fallbackSrc: fallback ? renditionUrl(issueDate, pageNumber, image.hash, fallback) : "",
  };
}

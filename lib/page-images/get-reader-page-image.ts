// The page image as readers see it: its sources and, for each story the page view lists (the caller passes
// only stories readers may see, lib/reader/visibility.ts), its regions as one link. Regions of any other
// story (a draft, a withdrawn story, a part no longer on this page) are not shown.
import "server-only";
import { getDb } from "@/lib/db/client";
import { pageImageSources, type TPageImageSources } from "./page-image-sources";
import { ZRenditions } from "./renditions";

export interface TReaderStoryPart {
  articleId: number;
  sequence: number;
  headline: string;
  href: string;
}

export interface TReaderRegionLink extends TReaderStoryPart {
  /** Percentages of the image (0–100). */
  rects: Array<{ left: number; top: number; width: number; height: number }>;
}

export interface TReaderPageImage extends TPageImageSources {
  /** Every visible story part of the page, in print order (the headlines beside the image). */
  parts: TReaderStoryPart[];
  links: TReaderRegionLink[];
}

const percent = (fraction: number) => Math.round(fraction * 100_000) / 1000;

export async function getReaderPageImage(
  page: { id: number; number: number; issueDate: string },
  visibleParts: readonly TReaderStoryPart[],
): Promise<TReaderPageImage | null> {
  const image = await getDb().pageImage.findUnique({
    where: { pageId: page.id },
    select: { width: true, height: true, hash: true, renditions: true },
  });
  if (!image) return null;
  const regions = await getDb().pageRegion.findMany({ where: { pageId: page.id }, orderBy: { id: "asc" } });
  const links = visibleParts
    .map((part) => ({
      ...part,
      rects: regions
        .filter((region) => region.articleId === part.articleId && region.sequence === part.sequence)
        .map((region) => ({ left: percent(region.x), top: percent(region.y), width: percent(region.w), height: percent(region.h) })),
    }))
    .filter((link) => link.rects.length > 0);
  return { ...pageImageSources(page.issueDate, page.number, { ...image, renditions: ZRenditions.parse(image.renditions) }), parts: [...visibleParts], links };
}

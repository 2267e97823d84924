// The issue desk's view of a page image: the image as uploaded (shown to staff even before release) and the
// regions drawn on it. ADMIN only, like the rest of the desk.
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { pageImageSources, type TPageImageSources } from "./page-image-sources";
import type { TPageRegion } from "./region-schema";
import { ZRenditions } from "./renditions";

export interface TPageImageDesk {
  image: (TPageImageSources & { uploadedAt: string; uploadedBy: string | null; sourceType: string }) | null;
  regions: TPageRegion[];
}

export async function getPageImageDesk(actor: TActor, pageId: number): Promise<TPageImageDesk | null> {
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const page = await tx.page.findUnique({
      where: { id: pageId },
      select: {
        number: true,
        issue: { select: { date: true } },
        image: {
          select: {
            width: true,
            height: true,
            hash: true,
            renditions: true,
            sourceType: true,
            uploadedAt: true,
            uploadedBy: { select: { name: true, email: true } },
          },
        },
        regions: { select: { articleId: true, sequence: true, x: true, y: true, w: true, h: true }, orderBy: { id: "asc" } },
      },
    });
    if (!page) return null;
    const image = page.image;
    return {
      image: image
        ? {
            ...pageImageSources(issueDateFromDb(page.issue.date), page.number, { ...image, renditions: ZRenditions.parse(image.renditions) }),
            uploadedAt: image.uploadedAt.toISOString(),
            uploadedBy: image.uploadedBy ? (image.uploadedBy.name ?? image.uploadedBy.email) : null,
            sourceType: image.sourceType,
          }
        : null,
      regions: page.regions,
    };
  });
}

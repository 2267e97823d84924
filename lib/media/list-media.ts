// The media library: newest first, searched by caption and credit, a page at a time, each photo with who
// uploaded it and which stories use it (working drafts whose body has a figure with its id).
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { mediaPreviewUrl, type TMediaSummary } from "./media-summary";

export const MEDIA_PAGE_SIZE = 24;

export const ZListMediaInput = z.object({
  q: z.string().trim().max(100, { message: "搜索词不能超过 100 个字" }).default(""),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TListMediaInput = z.input<typeof ZListMediaInput>;

export interface TMediaUse {
  articleId: number;
  headline: string;
}

export interface TMediaListing {
  /** uploadedById: who may delete it besides an admin. */
  items: Array<TMediaSummary & { usedIn: TMediaUse[]; uploadedById: string | null }>;
  total: number;
  page: number;
  pages: number;
  q: string;
}

export async function listMedia(actor: TActor, input: TListMediaInput = {}): Promise<TMediaListing> {
  const { q, page } = ZListMediaInput.parse(input);
  const db = getDb();
  await authorizeActor(db, actor, NEWSROOM_ROLES);
  const where: Prisma.MediaWhereInput = q
    ? {
        OR: [
          { caption: { contains: q, mode: "insensitive" } },
          { credit: { contains: q, mode: "insensitive" } },
          { filename: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      include: { uploadedBy: { select: { name: true, email: true } } },
    }),
  ]);
  const ids = rows.map((row) => row.id);
  const uses =
    ids.length === 0
      ? []
      : await db.$queryRaw<Array<{ mediaId: string; articleId: number; headline: string }>>(Prisma.sql`
          SELECT m.id AS "mediaId", a.id AS "articleId", a.headline
          FROM unnest(${ids}::text[]) AS m(id)
          JOIN "Article" a ON a.body @> jsonb_build_object('content', jsonb_build_array(
            jsonb_build_object('type', 'figure', 'attrs', jsonb_build_object('mediaId', m.id))))
          ORDER BY a.id`);
  return {
    items: rows.map((row) => ({
      id: row.id,
      hash: row.hash,
      filename: row.filename,
      width: row.width,
      height: row.height,
      size: row.size,
      caption: row.caption,
      credit: row.credit,
      creditContributorId: row.creditContributorId,
      alt: row.alt,
      thumbnailUrl: mediaPreviewUrl(row.id, 480),
      uploadedBy: row.uploadedBy ? (row.uploadedBy.name ?? row.uploadedBy.email) : null,
      uploadedById: row.uploadedById,
      createdAt: row.createdAt.toISOString(),
      usedIn: uses.filter((use) => use.mediaId === row.id).map(({ articleId, headline }) => ({ articleId, headline })),
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)),
    q,
  };
}

// Saving the regions drawn on a page image: one command replaces all of the page's regions in one
// transaction, with an audit row and a reader-cache notification. Each region names a story part placed on
// this page (working or published placement), so a 下转 continuation gets its own region on its own page.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { lockedPage, pageImageChange } from "./page-of";
import { ZPageRegions } from "./region-schema";

export const ZSavePageRegionsInput = z.object({
  pageId: z.number().int().positive().max(2_147_483_647),
  regions: ZPageRegions,
});
export type TSavePageRegionsInput = z.input<typeof ZSavePageRegionsInput>;

const partKey = (part: { articleId: number; sequence: number }) => `${part.articleId}:${part.sequence}`;

export async function savePageRegions(actor: TActor, input: TSavePageRegionsInput): Promise<{ pageId: number; regions: number }> {
  const { pageId, regions } = ZSavePageRegionsInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const page = await lockedPage(tx, pageId);
    if (!(await tx.pageImage.findUnique({ where: { pageId }, select: { id: true } }))) throw new AppError("CONFLICT", "本版还没有版面图，请先上传");
    const [working, published] = await Promise.all([
      tx.articlePlacement.findMany({ where: { pageId }, select: { articleId: true, sequence: true } }),
      tx.snapshotPlacement.findMany({
        where: { pageId, snapshot: { liveFor: { isNot: null } } },
        select: { sequence: true, snapshot: { select: { articleId: true } } },
      }),
    ]);
    const onPage = new Set([...working.map(partKey), ...published.map((row) => partKey({ articleId: row.snapshot.articleId, sequence: row.sequence }))]);
    const stray = regions.find((region) => !onPage.has(partKey(region)));
    if (stray) throw new AppError("CONFLICT", `稿件 #${stray.articleId} 的这一部分已不在本版，请刷新后再保存`);
    const { count: removed } = await tx.pageRegion.deleteMany({ where: { pageId } });
    if (regions.length > 0) await tx.pageRegion.createMany({ data: regions.map((region) => ({ pageId, ...region })) });
    await recordAuditEvent(tx, actor, {
      action: "page.regions_saved",
      entityType: "page",
      entityId: String(pageId),
      payload: { regions: regions.map((region) => ({ articleId: region.articleId, sequence: region.sequence })), removed },
    });
    await notifyReaderChange(tx, pageImageChange(page));
    return { pageId, regions: regions.length };
  });
}

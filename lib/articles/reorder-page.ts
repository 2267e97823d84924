// The desk sets the print order of a page's stories. The published placements on the page follow at once
// (setPublishedPrintOrder), so readers of a released issue see the new order.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { issueStatus } from "@/lib/issues/issue-status";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { readerPaths } from "@/lib/reader-change/urls";
import { setPrintOrder, setPublishedPrintOrder } from "./placement";

export const ZReorderPageInput = z.object({
  pageId: z.number().int().positive(),
  /** Every story on the page, in the new print order. */
  articleIds: z.array(z.number().int().positive()).min(1).max(500),
});
export type TReorderPageInput = z.input<typeof ZReorderPageInput>;

export async function reorderPage(actor: TActor, input: TReorderPageInput): Promise<{ pageId: number; articleIds: number[] }> {
  const { pageId, articleIds } = ZReorderPageInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const page = await tx.page.findUnique({ where: { id: pageId }, include: { issue: true } });
    if (!page) throw new AppError("NOT_FOUND", `版面 #${pageId} 不存在`);
    await tx.$queryRaw`SELECT "id" FROM "Page" WHERE "id" = ${pageId} FOR UPDATE`;
    const onPage = (await tx.articlePlacement.findMany({ where: { pageId }, select: { articleId: true } })).map((row) => row.articleId);
    const same = onPage.length === articleIds.length && new Set(articleIds).size === articleIds.length && onPage.every((id) => articleIds.includes(id));
    if (!same) throw new AppError("CONFLICT", "本版的稿件已有变化，请刷新后再排序");
    await setPrintOrder(tx, pageId, articleIds);
    const readersSeeIt = (await setPublishedPrintOrder(tx, pageId)) && issueStatus(page.issue) === "released";
    if (readersSeeIt) {
      const date = issueDateFromDb(page.issue.date);
      await notifyReaderChange(tx, { issueIds: [page.issueId], pageIds: [pageId], paths: [readerPaths.issue(date), readerPaths.page(date, page.number)] });
    }
    await recordAuditEvent(tx, actor, { action: "page.reordered", entityType: "page", entityId: String(pageId), payload: { articleIds } });
    return { pageId, articleIds };
  });
}

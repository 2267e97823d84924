// Edits an issue's 期号 and page plan: pages (by number) are renamed, added or removed. A page that still
// holds stories (in a draft or as published) is never removed: the refusal names them.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateFromDb } from "./issue-date";
import { issueStatus } from "./issue-status";
import { notifyIssueChange } from "./notify-issue-change";
import { ZIssueNumber, ZPagePlan } from "./page-plan";
import { checkSectionsExist } from "./sections-exist";

export const ZUpdatePagePlanInput = z.object({ issueId: z.number().int().positive(), number: ZIssueNumber.nullable(), pages: ZPagePlan });
export type TUpdatePagePlanInput = z.input<typeof ZUpdatePagePlanInput>;

export async function updatePagePlan(actor: TActor, input: TUpdatePagePlanInput): Promise<{ id: number }> {
  const data = ZUpdatePagePlanInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    await tx.$queryRaw`SELECT "id" FROM "Issue" WHERE "id" = ${data.issueId} FOR UPDATE`;
    const issue = await tx.issue.findUnique({ where: { id: data.issueId }, include: { pages: { orderBy: { number: "asc" } } } });
    if (!issue) throw new AppError("NOT_FOUND", `期 #${data.issueId} 不存在`);
    if (data.number !== null && (await tx.issue.findFirst({ where: { publicationId: issue.publicationId, number: data.number, id: { not: issue.id } } }))) {
      throw new AppError("CONFLICT", `期号 ${data.number} 已被另一期使用`);
    }
    await checkSectionsExist(tx, data.pages);
    const planned = new Set(data.pages.map((page) => page.number));
    const removed = issue.pages.filter((page) => !planned.has(page.number));
    if (removed.length > 0) {
      const ids = removed.map((page) => page.id);
      const [working, published] = await Promise.all([
        tx.articlePlacement.findMany({
          where: { pageId: { in: ids } },
          select: { page: { select: { number: true } }, article: { select: { headline: true } } },
        }),
        tx.snapshotPlacement.findMany({
          where: { pageId: { in: ids } },
          select: { page: { select: { number: true } }, snapshot: { select: { headline: true } } },
        }),
      ]);
      const held = [
        ...working.map((row) => ({ page: row.page.number, headline: row.article.headline })),
        ...published.map((row) => ({ page: row.page.number, headline: row.snapshot.headline })),
      ];
      if (held.length > 0) {
        const titles = [...new Set(held.map((row) => `第${row.page}版《${row.headline || "无标题图片"}》`))];
        throw new AppError("CONFLICT", `不能删除仍有稿件的版面：${titles.join("、")}。请先把这些稿件移走。`, { details: { stories: titles } });
      }
      await tx.page.deleteMany({ where: { id: { in: ids } } });
    }
    const pages = data.pages;
    for (const page of pages) {
      await tx.page.upsert({
        where: { issueId_number: { issueId: issue.id, number: page.number } },
        update: { name: page.name, sectionId: page.sectionId },
        create: { issueId: issue.id, ...page },
      });
    }
    await tx.issue.update({ where: { id: issue.id }, data: { number: data.number } });
    // Readers see page names (版名) of a released issue.
    if (issueStatus(issue) === "released") await notifyIssueChange(tx, issue.id);
    await recordAuditEvent(tx, actor, {
      action: "issue.plan_updated",
      entityType: "issue",
      entityId: String(issue.id),
      payload: { issueDate: issueDateFromDb(issue.date), number: data.number, pages, removedPages: removed.map((page) => page.number) },
    });
    return { id: issue.id };
  });
}

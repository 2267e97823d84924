// Plans a new issue: its date, 期号 and pages (版名 and section for each), not yet released.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { issueDateToDb, ZIssueDate } from "./issue-date";
import { ZIssueNumber, ZPagePlan } from "./page-plan";
import { checkSectionsExist } from "./sections-exist";

export const ZCreateIssueInput = z.object({ date: ZIssueDate, number: ZIssueNumber.nullable().default(null), pages: ZPagePlan });
export type TCreateIssueInput = z.input<typeof ZCreateIssueInput>;

export async function createIssue(actor: TActor, input: TCreateIssueInput): Promise<{ id: number; date: string }> {
  const data = ZCreateIssueInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const publication = await ensureDefaultPublication(tx);
    const date = issueDateToDb(data.date);
    if (await tx.issue.findUnique({ where: { publicationId_date: { publicationId: publication.id, date } } })) {
      throw new AppError("CONFLICT", `${data.date} 这一期已经存在，请直接编辑它的版面`);
    }
    if (data.number !== null && (await tx.issue.findFirst({ where: { publicationId: publication.id, number: data.number } }))) {
      throw new AppError("CONFLICT", `期号 ${data.number} 已被另一期使用`);
    }
    await checkSectionsExist(tx, data.pages);
    const pages = data.pages;
    const issue = await tx.issue.create({ data: { publicationId: publication.id, date, number: data.number, pages: { create: pages } } });
    await recordAuditEvent(tx, actor, {
      action: "issue.created",
      entityType: "issue",
      entityId: String(issue.id),
      payload: { issueDate: data.date, number: data.number, pages },
    });
    return { id: issue.id, date: data.date };
  });
}

// Withdraws a released issue from readers (or cancels a scheduled release): confirmed explicitly, because
// every reader page of the issue disappears with it.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { issueDateFromDb } from "./issue-date";
import { issueStatus } from "./issue-status";
import { notifyIssueChange } from "./notify-issue-change";

export const ZUnreleaseIssueInput = z.object({
  issueId: z.number().int().positive(),
  confirm: z.literal(true, { message: "撤回发布需要确认" }),
});
export type TUnreleaseIssueInput = z.input<typeof ZUnreleaseIssueInput>;

export async function unreleaseIssue(actor: TActor, input: TUnreleaseIssueInput): Promise<{ id: number }> {
  const { issueId } = ZUnreleaseIssueInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    await tx.$queryRaw`SELECT "id" FROM "Issue" WHERE "id" = ${issueId} FOR UPDATE`;
    const issue = await tx.issue.findUnique({ where: { id: issueId } });
    if (!issue) throw new AppError("NOT_FOUND", `期 #${issueId} 不存在`);
    const status = issueStatus(issue);
    if (status === "planned") throw new AppError("CONFLICT", "这一期尚未发布，也没有定时发布");
    await tx.issue.update({ where: { id: issueId }, data: { releasedAt: null, releaseNotifiedAt: null } });
    await refreshReaderDates(tx, { issueId });
    // A scheduled release was never visible; a released issue disappears from every reader page.
    if (status === "released") await notifyIssueChange(tx, issueId);
    await recordAuditEvent(tx, actor, {
      action: "issue.unreleased",
      entityType: "issue",
      entityId: String(issueId),
      payload: { issueDate: issueDateFromDb(issue.date), releasedAt: null, previousReleasedAt: issue.releasedAt?.toISOString() ?? null },
    });
    return { id: issueId };
  });
}

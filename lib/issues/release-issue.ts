// Releases an issue to readers: from this moment its published stories are visible on every reader page.
// Called by the importer's --release and by the admin desk; runs inside the caller's transaction. An issue
// scheduled for a later time is released now instead.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { issueDateFromDb } from "./issue-date";
import { notifyIssueChange } from "./notify-issue-change";

/**
 * Releases the issue unless it already is; returns the issue as it now stands. `at` is when readers get it
 * (default now); an archive import releases an issue at its own date (see defaultReleaseTime).
 */
export async function releaseIssueInTransaction(tx: TTransaction, actor: TActor, options: { issueId: number; at?: Date }) {
  // Locked, so a release racing a scheduled release's announcement or an un-release waits its turn.
  await tx.$queryRaw`SELECT "id" FROM "Issue" WHERE "id" = ${options.issueId} FOR UPDATE`;
  const issue = await tx.issue.findUnique({ where: { id: options.issueId } });
  if (!issue) throw new AppError("NOT_FOUND", `期 #${options.issueId} 不存在`);
  const releasedAt = options.at ?? new Date();
  if (issue.releasedAt !== null && issue.releasedAt <= releasedAt) return issue;
  // A release still ahead (an import of tomorrow's paper) is announced by the scheduler when it is due.
  const due = releasedAt <= new Date();
  const released = await tx.issue.update({ where: { id: issue.id }, data: { releasedAt, releaseNotifiedAt: due ? releasedAt : null } });
  await refreshReaderDates(tx, { issueId: issue.id });
  await notifyIssueChange(tx, issue.id);
  await recordAuditEvent(tx, actor, {
    action: "issue.released",
    entityType: "issue",
    entityId: String(issue.id),
    payload: { issueDate: issueDateFromDb(issue.date), releasedAt: releasedAt.toISOString() },
  });
  return released;
}

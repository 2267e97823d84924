// Releases an issue to readers: from this moment its published stories are visible on every reader page.
// Called by the importer's --release and by the admin desk; runs inside the caller's transaction.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { issuePagesPaths, readerPaths } from "@/lib/reader-change/urls";
import { issueDateFromDb } from "./issue-date";

/**
 * Releases the issue unless it already is; returns the issue as it now stands. `at` is when readers get it
 * (default now); an archive import releases an issue at its own date (see defaultReleaseTime).
 */
export async function releaseIssueInTransaction(tx: TTransaction, actor: TActor, options: { issueId: number; at?: Date }) {
  const issue = await tx.issue.findUnique({ where: { id: options.issueId }, include: { pages: { select: { id: true, number: true } } } });
  if (!issue) throw new AppError("NOT_FOUND", `期 #${options.issueId} 不存在`);
  if (issue.releasedAt !== null) return issue;
  const releasedAt = options.at ?? new Date();
  const released = await tx.issue.update({ where: { id: issue.id }, data: { releasedAt } });
  await refreshReaderDates(tx, { issueId: issue.id });
  const issueDate = issueDateFromDb(issue.date);
  await notifyReaderChange(tx, {
    issueIds: [issue.id],
    pageIds: issue.pages.map((page) => page.id),
    // A release also changes the archive calendar.
    paths: [
      readerPaths.archive(),
      readerPaths.month(issueDate.slice(0, 7)),
      ...issuePagesPaths(
        issueDate,
        issue.pages.map((page) => page.number),
      ),
    ],
  });
  await recordAuditEvent(tx, actor, {
    action: "issue.released",
    entityType: "issue",
    entityId: String(issue.id),
    payload: { issueDate, releasedAt: releasedAt.toISOString() },
  });
  return released;
}

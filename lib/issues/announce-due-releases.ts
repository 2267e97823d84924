// At a scheduled release's time, tells the reader caches exactly once however many app instances look: each
// due issue is claimed with a conditional UPDATE of releaseNotifiedAt (PostgreSQL lets one win; the others
// see the row already claimed) and the notification is sent in the claiming transaction.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "./issue-date";
import { notifyIssueChange } from "./notify-issue-change";

const SCHEDULER: TActor = { kind: "system", source: "scheduler" };

/** Announces every release that is due and not yet announced; returns the ids of the issues this call claimed. */
export async function announceDueReleases(now: Date = new Date()): Promise<number[]> {
  const db = getDb();
  const due = await db.issue.findMany({
    where: { releaseNotifiedAt: null, releasedAt: { not: null, lte: now } },
    select: { id: true },
    orderBy: { releasedAt: "asc" },
  });
  const announced: number[] = [];
  for (const { id } of due) {
    const claimed = await db.$transaction(async (tx) => {
      const claim = await tx.issue.updateMany({
        where: { id, releaseNotifiedAt: null, releasedAt: { not: null, lte: now } },
        data: { releaseNotifiedAt: now },
      });
      if (claim.count === 0) return false;
      const issue = await tx.issue.findUniqueOrThrow({ where: { id } });
      await notifyIssueChange(tx, id);
      await recordAuditEvent(tx, SCHEDULER, {
        action: "issue.released",
        entityType: "issue",
        entityId: String(id),
        payload: { issueDate: issueDateFromDb(issue.date), releasedAt: (issue.releasedAt ?? now).toISOString() },
      });
      return true;
    });
    if (claimed) announced.push(id);
  }
  return announced;
}

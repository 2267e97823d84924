// One-off repair for databases imported before stories were dated by their issue: an issue that the
// importer released at the moment of the import (long after its own date) is re-dated to its own release
// time, 05:00 Asia/Shanghai on its date, and so are the publications the import made of its stories, so
// old stories stop claiming to be today's news. Newsroom publications (corrections) keep their times.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import type { TTransaction } from "@/lib/db/client";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { defaultReleaseTime, refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { issuePagesPaths, readerPaths } from "@/lib/reader-change/urls";
import { issueDateFromDb } from "./issue-date";

/** Released more than this long after its own release time: the import's clock, not the paper's. */
const LATE_RELEASE_MS = 24 * 3600 * 1000;

export interface TRedatedIssue {
  issueId: number;
  issueDate: string;
  from: string;
  to: string;
}

export async function redateImportedIssues(tx: TTransaction, actor: TActor, options: { dryRun?: boolean } = {}): Promise<TRedatedIssue[]> {
  const imported = await tx.auditEvent.findMany({ where: { action: "page.imported", actorKind: "system" }, select: { entityId: true } });
  const pageIds = [...new Set(imported.map((event) => Number(event.entityId)).filter(Number.isInteger))];
  const issues = await tx.issue.findMany({
    where: { releasedAt: { not: null }, pages: { some: { id: { in: pageIds } } } },
    include: { pages: { select: { number: true } } },
    orderBy: { date: "asc" },
  });
  const redated: TRedatedIssue[] = [];
  for (const issue of issues) {
    const issueDate = issueDateFromDb(issue.date);
    const to = defaultReleaseTime(issueDate);
    if (!issue.releasedAt || issue.releasedAt.getTime() - to.getTime() <= LATE_RELEASE_MS) continue;
    redated.push({ issueId: issue.id, issueDate, from: issue.releasedAt.toISOString(), to: to.toISOString() });
    if (options.dryRun) continue;
    await tx.issue.update({ where: { id: issue.id }, data: { releasedAt: to } });
    // The import published its stories as of the import too: they were printed, and first published, then.
    const importedSnapshots = { issueId: issue.id, actorKind: "system", actorSource: "import", publishedAt: { lte: issue.releasedAt, gt: to } } as const;
    const articleIds = (await tx.articleSnapshot.findMany({ where: importedSnapshots, select: { articleId: true } })).map((row) => row.articleId);
    await tx.articleSnapshot.updateMany({ where: importedSnapshots, data: { publishedAt: to } });
    await tx.article.updateMany({ where: { id: { in: articleIds }, firstPublishedAt: { lte: issue.releasedAt, gt: to } }, data: { firstPublishedAt: to } });
    await refreshReaderDates(tx, { issueId: issue.id });
    await recordAuditEvent(tx, actor, {
      action: "issue.redated",
      entityType: "issue",
      entityId: String(issue.id),
      payload: { issueDate, from: issue.releasedAt.toISOString(), to: to.toISOString() },
    });
    await notifyReaderChange(tx, {
      issueIds: [issue.id],
      paths: [
        readerPaths.month(issueDate.slice(0, 7)),
        ...issuePagesPaths(
          issueDate,
          issue.pages.map((page) => page.number),
        ),
      ],
    });
  }
  return redated;
}

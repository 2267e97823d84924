// Tells the reader caches that what an issue shows has changed (released, withdrawn, pages renamed): the
// issue, its pages, the archive calendar of its month and the latest lists, in the caller's transaction.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { issuePagesPaths, readerPaths } from "@/lib/reader-change/urls";
import { issueDateFromDb } from "./issue-date";

export async function notifyIssueChange(tx: TTransaction, issueId: number): Promise<void> {
  const issue = await tx.issue.findUniqueOrThrow({ where: { id: issueId }, include: { pages: { select: { id: true, number: true } } } });
  const issueDate = issueDateFromDb(issue.date);
  await notifyReaderChange(tx, {
    issueIds: [issue.id],
    pageIds: issue.pages.map((page) => page.id),
    paths: [
      readerPaths.archive(),
      readerPaths.month(issueDate.slice(0, 7)),
      ...issuePagesPaths(
        issueDate,
        issue.pages.map((page) => page.number),
      ),
    ],
  });
}

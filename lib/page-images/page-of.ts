// The page a page-image command works on, locked for the rest of the transaction (two admins uploading or
// saving regions on one page run one after the other).
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import type { TReaderChange } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";

export async function lockedPage(tx: TTransaction, pageId: number) {
  await tx.$queryRaw`SELECT "id" FROM "Page" WHERE "id" = ${pageId} FOR UPDATE`;
  const page = await tx.page.findUnique({ where: { id: pageId }, select: { id: true, number: true, issueId: true, issue: { select: { date: true } } } });
  if (!page) throw new AppError("NOT_FOUND", "该版面不存在");
  return page;
}

/** The page view is the one reader surface that shows a page image and its regions. */
export function pageImageChange(page: Awaited<ReturnType<typeof lockedPage>>): TReaderChange {
  return { pageIds: [page.id], paths: [readerPaths.page(issueDateFromDb(page.issue.date), page.number)] };
}

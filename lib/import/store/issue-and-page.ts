// The issue and page an imported page belongs to: created when missing, and given the 期号 and 版名 the
// import names — but never renamed or renumbered behind the newsroom's back.
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateToDb } from "@/lib/issues/issue-date";

export interface TIssueAndPageOptions {
  publicationId: number;
  issueDate: string;
  issueNumber: number | null;
  pageNumber: number;
  pageName: string | null;
}

export async function ensureIssueAndPage(tx: TTransaction, options: TIssueAndPageOptions) {
  const date = issueDateToDb(options.issueDate);
  let issue = await tx.issue.upsert({
    where: { publicationId_date: { publicationId: options.publicationId, date } },
    update: {},
    create: { publicationId: options.publicationId, date, number: options.issueNumber },
  });
  if (options.issueNumber !== null && issue.number !== options.issueNumber) {
    if (issue.number !== null) {
      throw new AppError("CONFLICT", `${options.issueDate} 这一期的期号已是 ${issue.number}，不是 ${options.issueNumber}`, {
        operatorMessage: `The issue of ${options.issueDate} already has number ${issue.number}, not ${options.issueNumber}.`,
      });
    }
    issue = await tx.issue.update({ where: { id: issue.id }, data: { number: options.issueNumber } });
  }

  let page = await tx.page.upsert({
    where: { issueId_number: { issueId: issue.id, number: options.pageNumber } },
    update: {},
    create: { issueId: issue.id, number: options.pageNumber },
  });
  if (options.pageName !== null && page.name !== options.pageName) {
    if (page.name !== null) {
      throw new AppError("CONFLICT", `${options.issueDate} 第${options.pageNumber}版的版名已是“${page.name}”，不是“${options.pageName}”`, {
        operatorMessage: `Page ${options.pageNumber} of ${options.issueDate} is already named ${page.name}, not ${options.pageName}.`,
      });
    }
    page = await tx.page.update({ where: { id: page.id }, data: { name: options.pageName } });
  }
  return { issue, page };
}

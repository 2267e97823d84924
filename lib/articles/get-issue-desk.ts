// One issue on the desk: its plan, release status, pages with their stories and problems. ADMIN only.
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { issueStatus, type TIssueStatus } from "@/lib/issues/issue-status";
import { loadDeskPages, type TDeskPage } from "./desk-pages";

export interface TIssueDesk {
  id: number;
  date: string;
  number: number | null;
  status: TIssueStatus;
  releasedAt: string | null;
  pages: TDeskPage[];
}

export async function getIssueDesk(actor: TActor, issueId: number): Promise<TIssueDesk | null> {
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const issue = await tx.issue.findUnique({ where: { id: issueId } });
    if (!issue) return null;
    const pages = (await loadDeskPages(tx, [issue.id])).get(issue.id) ?? [];
    return {
      id: issue.id,
      date: issueDateFromDb(issue.date),
      number: issue.number,
      status: issueStatus(issue),
      releasedAt: issue.releasedAt?.toISOString() ?? null,
      pages,
    };
  });
}

// "Copy yesterday's plan": the page plan of the latest issue before a date. ADMIN only.
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb, ZIssueDate } from "./issue-date";

export interface TPreviousPlan {
  date: string;
  pages: Array<{ number: number; name: string; sectionId: number | null }>;
}

export async function getPreviousPlan(actor: TActor, before: string): Promise<TPreviousPlan | null> {
  const date = ZIssueDate.parse(before);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const issue = await tx.issue.findFirst({
      where: { date: { lt: issueDateToDb(date) } },
      orderBy: { date: "desc" },
      include: { pages: { orderBy: { number: "asc" } } },
    });
    if (!issue) return null;
    return {
      date: issueDateFromDb(issue.date),
      pages: issue.pages.map((page) => ({ number: page.number, name: page.name ?? `第${page.number}版`, sectionId: page.sectionId })),
    };
  });
}

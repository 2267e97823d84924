// The pages (版) of a released issue, for 版面导航.
import "server-only";
import type { TTransaction } from "@/lib/db/client";

export interface TIssuePage {
  id: number;
  number: number;
  /** 版名; null for a page known only as a jump target so far. */
  name: string | null;
}

export async function readIssuePages(db: TTransaction, issueId: number): Promise<TIssuePage[]> {
  return db.page.findMany({ where: { issueId }, select: { id: true, number: true, name: true }, orderBy: { number: "asc" } });
}

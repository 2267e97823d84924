// What the issue and page views show around their stories, in one round trip: the released issue of a
// day, its pages (版面导航) and the released issues just before and after that day (上一期/下一期).
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import type { TIssuePage } from "./issue-pages";
import { releasedPaperIssueSql } from "./visibility";

export interface TIssueFrame {
  /** Null when the day has no released issue. */
  issue: { id: number; date: string; number: number | null } | null;
  /** In page order; empty without an issue. */
  pages: TIssuePage[];
  previous: string | null;
  next: string | null;
}

type TRow = { issueId: number | null; issueNumber: number | null; previous: string | null; next: string | null; pages: TIssuePage[] | string | null };

/** `date` is a valid YYYY-MM-DD (lib/reader/params.ts); the same reads as separate queries took four round trips. */
export async function readIssueFrame(db: TTransaction, date: string, now: Date): Promise<TIssueFrame> {
  const [row] = await db.$queryRaw<TRow[]>`
    WITH day AS (SELECT i."id", i."number" FROM "Issue" i WHERE ${releasedPaperIssueSql("i", now)} AND i."date" = ${date}::date)
    SELECT (SELECT day."id" FROM day) AS "issueId", (SELECT day."number" FROM day) AS "issueNumber",
      (SELECT to_char(b."date", 'YYYY-MM-DD') FROM "Issue" b WHERE ${releasedPaperIssueSql("b", now)} AND b."date" < ${date}::date
        ORDER BY b."date" DESC LIMIT 1) AS "previous",
      (SELECT to_char(a."date", 'YYYY-MM-DD') FROM "Issue" a WHERE ${releasedPaperIssueSql("a", now)} AND a."date" > ${date}::date
        ORDER BY a."date" ASC LIMIT 1) AS "next",
      (SELECT json_agg(json_build_object('id', p."id", 'number', p."number", 'name', p."name") ORDER BY p."number")
        FROM "Page" p WHERE p."issueId" = (SELECT day."id" FROM day)) AS "pages"`;
  if (!row) throw new Error("the issue frame query returned no row");
  const pages = typeof row.pages === "string" ? (JSON.parse(row.pages) as TIssuePage[]) : (row.pages ?? []);
  return {
    issue: row.issueId === null ? null : { id: row.issueId, date, number: row.issueNumber },
    pages: row.issueId === null ? [] : pages,
    previous: row.previous,
    next: row.next,
  };
}

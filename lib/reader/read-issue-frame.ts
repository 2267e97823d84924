// What the issue and page views and the front page show around their stories, in one round trip: the
// released issue of a day (or the latest), its pages (版面导航) and the released issues just before and
// after it (上一期/下一期).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import type { TIssuePage } from "./issue-pages";
import { releasedPaperIssueSql } from "./visibility";

export interface TIssueFrame {
  /** Null when the day has no released issue (or, for the latest, when none is released). */
  issue: { id: number; date: string; number: number | null } | null;
  /** In page order; empty without an issue. */
  pages: TIssuePage[];
  previous: string | null;
  next: string | null;
}

type TRow = {
  issueId: number | null;
  issueDate: string | null;
  issueNumber: number | null;
  previous: string | null;
  next: string | null;
  pages: TIssuePage[] | null;
};

/**
 * `date` is a valid YYYY-MM-DD (lib/reader/params.ts), or "latest" for the newest released issue (the
 * front page). The same reads as separate queries took four round trips.
 */
export async function readIssueFrame(date: string | "latest", now: Date): Promise<TIssueFrame> {
  const day =
    date === "latest"
      ? Prisma.sql`SELECT i."id", i."number", i."date" FROM "Issue" i WHERE ${releasedPaperIssueSql("i", now)} ORDER BY i."date" DESC LIMIT 1`
      : Prisma.sql`SELECT i."id", i."number", i."date" FROM "Issue" i WHERE ${releasedPaperIssueSql("i", now)} AND i."date" = ${date}::date`;
  // Without an issue that day, 上一期/下一期 are the released issues around the day asked for.
  const around = date === "latest" ? Prisma.sql`(SELECT day."date" FROM day)` : Prisma.sql`${date}::date`;
  const [row] = await readRows<TRow>(Prisma.sql`
    WITH day AS (${day})
    SELECT (SELECT day."id" FROM day) AS "issueId", (SELECT to_char(day."date", 'YYYY-MM-DD') FROM day) AS "issueDate",
      (SELECT day."number" FROM day) AS "issueNumber",
      (SELECT to_char(b."date", 'YYYY-MM-DD') FROM "Issue" b WHERE ${releasedPaperIssueSql("b", now)} AND b."date" < ${around}
        ORDER BY b."date" DESC LIMIT 1) AS "previous",
      (SELECT to_char(a."date", 'YYYY-MM-DD') FROM "Issue" a WHERE ${releasedPaperIssueSql("a", now)} AND a."date" > ${around}
        ORDER BY a."date" ASC LIMIT 1) AS "next",
      (SELECT json_agg(json_build_object('id', p."id", 'number', p."number", 'name', p."name") ORDER BY p."number")
        FROM "Page" p WHERE p."issueId" = (SELECT day."id" FROM day)) AS "pages"`);
  if (!row) throw new Error("the issue frame query returned no row");
  if (row.issueId === null || row.issueDate === null) return { issue: null, pages: [], previous: row.previous, next: row.next };
  return {
    issue: { id: row.issueId, date: row.issueDate, number: row.issueNumber },
    pages: row.pages ?? [],
    previous: row.previous,
    next: row.next,
  };
}

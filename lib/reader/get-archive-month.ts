// 往期回顾: the released issues of one month, and the nearest months before and after that have any.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { releasedPaperIssueSql, releasedPaperIssueWhere } from "./visibility";

export interface TArchiveMonth {
  month: string;
  /** Dates (YYYY-MM-DD) with a released issue. */
  issueDates: string[];
  previousMonth: string | null;
  nextMonth: string | null;
}

function monthBounds(month: string): { start: string; end: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { start: `${month}-01`, end: `${next}-01` };
}

async function readArchiveMonth(month: string, now: Date = new Date()): Promise<{ archive: TArchiveMonth; tags: string[] }> {
  const { start, end } = monthBounds(month);
  const released = (alias: string) => releasedPaperIssueSql(alias, now);
  // The month's issues and the nearest ones around it in one round trip.
  const [row] = await readRows<{ issueDates: string[] | null; previous: string | null; next: string | null }>(Prisma.sql`
    SELECT ARRAY(SELECT to_char(i."date", 'YYYY-MM-DD') FROM "Issue" i
        WHERE ${released("i")} AND i."date" >= ${start}::date AND i."date" < ${end}::date ORDER BY i."date") AS "issueDates",
      (SELECT to_char(b."date", 'YYYY-MM') FROM "Issue" b WHERE ${released("b")} AND b."date" < ${start}::date
        ORDER BY b."date" DESC LIMIT 1) AS "previous",
      (SELECT to_char(a."date", 'YYYY-MM') FROM "Issue" a WHERE ${released("a")} AND a."date" >= ${end}::date
        ORDER BY a."date" ASC LIMIT 1) AS "next"`);
  return {
    archive: { month, issueDates: row?.issueDates ?? [], previousMonth: row?.previous ?? null, nextMonth: row?.next ?? null },
    tags: [readerTags.latest()],
  };
}

/** The month of the latest released issue, where /issues starts. */
export async function getLatestIssueMonth(now: Date = new Date()): Promise<string | null> {
  const latest = await getDb().issue.findFirst({ where: releasedPaperIssueWhere(now), select: { date: true }, orderBy: { date: "desc" } });
  return latest ? issueDateFromDb(latest.date).slice(0, 7) : null;
}

/** Shared by a render's generateMetadata and page (React's per-request cache): one read of the database, not two. */
export const getArchiveMonth = cache(readArchiveMonth);

// 往期回顾: the released issues of one month, and the nearest months before and after that have any.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb } from "@/lib/issues/issue-date";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { releasedPaperIssueWhere } from "./visibility";

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
  const db = getDb();
  const { start, end } = monthBounds(month);
  const where = releasedPaperIssueWhere(now);
  const [issues, before, after] = await Promise.all([
    db.issue.findMany({ where: { ...where, date: { gte: issueDateToDb(start), lt: issueDateToDb(end) } }, select: { date: true }, orderBy: { date: "asc" } }),
    db.issue.findFirst({ where: { ...where, date: { lt: issueDateToDb(start) } }, select: { date: true }, orderBy: { date: "desc" } }),
    db.issue.findFirst({ where: { ...where, date: { gte: issueDateToDb(end) } }, select: { date: true }, orderBy: { date: "asc" } }),
  ]);
  return {
    archive: {
      month,
      issueDates: issues.map((issue) => issueDateFromDb(issue.date)),
      previousMonth: before ? issueDateFromDb(before.date).slice(0, 7) : null,
      nextMonth: after ? issueDateFromDb(after.date).slice(0, 7) : null,
    },
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

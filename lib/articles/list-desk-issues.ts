// The desk's calendar: the issues of one month with status, pages, stories per page and problems, plus the
// suggestion for the next issue (the day after the latest one, the next 期号). ADMIN only.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb, issueDateToDb, todayInNewsroom } from "@/lib/issues/issue-date";
import { issueStatus, type TIssueStatus } from "@/lib/issues/issue-status";
import { loadDeskPages } from "./desk-pages";

export const ZDeskMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "月份格式应为 YYYY-MM" });

export interface TDeskIssueRow {
  id: number;
  date: string;
  number: number | null;
  status: TIssueStatus;
  releasedAt: string | null;
  pages: Array<{ number: number; name: string | null; storyCount: number }>;
  problems: string[];
}

export interface TDeskCalendar {
  month: string;
  issues: TDeskIssueRow[];
  suggestion: { date: string; number: number | null };
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export async function listDeskIssues(actor: TActor, month: string, now: Date = new Date()): Promise<TDeskCalendar> {
  const valid = ZDeskMonth.parse(month);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const first = `${valid}-01`;
    const next = addDays(`${valid}-28`, 7).slice(0, 7);
    const issues = await tx.issue.findMany({
      where: { date: { gte: issueDateToDb(first), lt: issueDateToDb(`${next}-01`) } },
      orderBy: { date: "asc" },
    });
    const pages = await loadDeskPages(
      tx,
      issues.map((issue) => issue.id),
    );
    const latest = await tx.issue.findFirst({ orderBy: { date: "desc" } });
    const highest = await tx.issue.aggregate({ _max: { number: true } });
    const tomorrow = addDays(todayInNewsroom(now), 1);
    const afterLatest = latest ? addDays(issueDateFromDb(latest.date), 1) : tomorrow;
    return {
      month: valid,
      issues: issues.map((issue) => {
        const issuePages = pages.get(issue.id) ?? [];
        return {
          id: issue.id,
          date: issueDateFromDb(issue.date),
          number: issue.number,
          status: issueStatus(issue, now),
          releasedAt: issue.releasedAt?.toISOString() ?? null,
          pages: issuePages.map((page) => ({ number: page.number, name: page.name, storyCount: page.stories.length })),
          problems: issuePages.flatMap((page) => page.problems.map((problem) => `第${page.number}版：${problem}`)),
        };
      }),
      suggestion: { date: [afterLatest, tomorrow].sort()[1] ?? tomorrow, number: highest._max.number === null ? null : highest._max.number + 1 },
    };
  });
}

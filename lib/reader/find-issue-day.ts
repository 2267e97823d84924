// Where the reader's date picker leads: the released issue of that day, or the nearest ones around it.
import "server-only";
import { z } from "zod";
import { readIssueFrame } from "./read-issue-frame";

const ZDay = z.iso.date();

export type TIssueDay =
  | { kind: "invalid" }
  | { kind: "issue"; date: string }
  | { kind: "no-issue"; date: string; previous: string | null; next: string | null };

export async function findIssueDay(input: string, now: Date = new Date()): Promise<TIssueDay> {
  const parsed = ZDay.safeParse(input.trim());
  // The ISO shape alone lets 2025-02-30 through: the day must exist in the calendar.
  if (!parsed.success || new Date(`${parsed.data}T00:00:00Z`).toISOString().slice(0, 10) !== parsed.data) return { kind: "invalid" };
  const date = parsed.data;
  const { issue, previous, next } = await readIssueFrame(date, now);
  if (issue) return { kind: "issue", date };
  return { kind: "no-issue", date, previous, next };
}

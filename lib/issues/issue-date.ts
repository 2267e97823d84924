// Issue dates are calendar days in Asia/Shanghai, written YYYY-MM-DD and stored as PostgreSQL DATE.
import { z } from "zod";

export const NEWSROOM_TIME_ZONE = "Asia/Shanghai";

/** A real calendar date: 2025-02-30 is refused, not rolled over to March. */
export const ZIssueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式应为 YYYY-MM-DD" })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    },
    { message: "日期不存在" },
  );

/** The Date that Prisma stores in a DATE column for this day (UTC midnight). */
export function issueDateToDb(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function issueDateFromDb(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in the newsroom's time zone. */
export function todayInNewsroom(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

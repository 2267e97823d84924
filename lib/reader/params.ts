// zod schemas of every reader route parameter: a value that does not parse is a 404, never a query.
import { z } from "zod";
import { ZIssueDate } from "@/lib/issues/issue-date";

/** Archive dates: the paper's digital edition does not go back before 1949 nor forward past 2100. */
export const ZReaderDate = ZIssueDate.refine((value) => value >= "1949-01-01" && value <= "2100-12-31");

export const ZReaderMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((value) => value >= "1949-01" && value <= "2100-12");

/** `/issues/<segment>`: a day (the issue) or a month (the archive calendar). */
export const ZIssuesSegment = z.union([
  ZReaderDate.transform((date) => ({ kind: "day" as const, date })),
  ZReaderMonth.transform((month) => ({ kind: "month" as const, month })),
]);

export const ZPageNumber = z
  .string()
  .regex(/^[1-9]\d{0,2}$/)
  .transform(Number);

/** `/articles/<id>-<slug>` or `/articles/<id>`. */
export const ZArticleSegment = z
  .string()
  .transform((value) => safeDecode(value))
  .pipe(z.string().regex(/^[1-9]\d{0,9}(-.*)?$/s))
  .transform((value) => ({ articleId: Number(value.split("-", 1)[0]), slug: value }))
  .refine((value) => value.articleId <= 2_147_483_647);

export const ZContributorId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((value) => value <= 2_147_483_647);

export const ZSlug = z
  .string()
  .transform((value) => safeDecode(value))
  .pipe(z.string().min(1).max(200));

/** Optional `/<n>` list page segment: none is page 1; `/1` is not a URL (one URL per page). */
export const ZListPage = z
  .array(z.string())
  .max(1)
  .optional()
  .transform((segments) => segments?.[0])
  .pipe(
    z.union([
      z.undefined().transform(() => 1),
      z
        .string()
        .regex(/^([2-9]|[1-9]\d{1,3})$/)
        .transform(Number),
    ]),
  );

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

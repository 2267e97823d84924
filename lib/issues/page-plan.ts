// The page plan of an issue as the desk edits it: 期号 and, for each page, its number (版次), 版名 and section.
// Numbers may have gaps (an imported issue can have pages 1 and 4); a page sent without a number takes its
// place in the list (1, 2, 3…).
import { z } from "zod";

export const MAX_PAGES = 64;

export const ZPlannedPage = z.object({
  number: z.number().int().min(1, { message: "版次应从 1 开始" }).max(999).optional(),
  name: z.string().trim().min(1, { message: "版名不能为空" }).max(20, { message: "版名不能超过 20 个字符" }),
  sectionId: z.number().int().positive().nullable().default(null),
});

export const ZPagePlan = z
  .array(ZPlannedPage)
  .min(1, { message: "至少需要一个版面" })
  .max(MAX_PAGES, { message: `一期最多 ${MAX_PAGES} 个版面` })
  .transform((pages) =>
    pages.map((page, index) => ({ number: page.number ?? index + 1, name: page.name, sectionId: page.sectionId })).sort((a, b) => a.number - b.number),
  )
  .refine((pages) => new Set(pages.map((page) => page.number)).size === pages.length, { message: "版次不能重复" });
export type TPagePlanInput = z.input<typeof ZPagePlan>;
export type TPagePlan = z.output<typeof ZPagePlan>;

export const ZIssueNumber = z.number().int().positive({ message: "期号应为正整数" }).max(1_000_000);

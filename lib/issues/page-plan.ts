// The page plan of an issue as the desk edits it: 期号 and, for each page in order, its 版名 and section.
import { z } from "zod";

export const MAX_PAGES = 64;

export const ZPlannedPage = z.object({
  name: z.string().trim().min(1, { message: "版名不能为空" }).max(20, { message: "版名不能超过 20 个字符" }),
  sectionId: z.number().int().positive().nullable().default(null),
});

export const ZPagePlan = z
  .array(ZPlannedPage)
  .min(1, { message: "至少需要一个版面" })
  .max(MAX_PAGES, { message: `一期最多 ${MAX_PAGES} 个版面` });
export type TPagePlanInput = z.input<typeof ZPagePlan>;
export type TPagePlan = z.output<typeof ZPagePlan>;

export const ZIssueNumber = z.number().int().positive({ message: "期号应为正整数" }).max(1_000_000);

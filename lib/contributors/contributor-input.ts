// The fields of a contributor as the desk edits them, shared by create and update.
import { z } from "zod";
import { ZBylineRole } from "@/lib/content/kinds";

export const ZContributorFields = z.object({
  name: z.string().trim().min(1, { message: "姓名不能为空" }).max(40, { message: "姓名不能超过 40 个字符" }),
  /** Who the person writes for by default (本报, 新华社…); empty means none. */
  affiliation: z
    .string()
    .trim()
    .max(40, { message: "单位不能超过 40 个字符" })
    .nullable()
    .default(null)
    .transform((value) => value || null),
  defaultRole: ZBylineRole.default("reporter"),
});
export type TContributorFieldsInput = z.input<typeof ZContributorFields>;

export const ZContributorId = z.number().int().positive().max(2_147_483_647);

// Names and slugs of sections and 栏目 as the desk types them.
import { z } from "zod";
import { slugify } from "@/lib/content/slug";
import { ZSectionKind } from "./section-store";

export const ZSectionName = z.string().trim().min(1, { message: "名称不能为空" }).max(60, { message: "名称不能超过 60 个字符" });

/** Optional: derived from the name when empty. Letters and digits of any script, joined by "-". */
export const ZSectionSlug = z
  .string()
  .trim()
  .max(80, { message: "网址名不能超过 80 个字符" })
  .nullable()
  .default(null)
  .transform((value) => (value ? slugify(value) : null));

export const ZSectionRef = z.object({ kind: ZSectionKind, id: z.number().int().positive().max(2_147_483_647) });

export function slugFor(name: string, slug: string | null): string {
  const derived = slug ?? slugify(name);
  if (!derived) throw new z.ZodError([{ code: "custom", path: ["slug"], message: "无法从名称生成网址名，请填写网址名", input: slug }]);
  return derived;
}

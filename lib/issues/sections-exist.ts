// Refuses a page plan that names a section which does not exist (any more).
import "server-only";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TPagePlan } from "./page-plan";

export async function checkSectionsExist(tx: TTransaction, pages: TPagePlan): Promise<void> {
  const ids = [...new Set(pages.flatMap((page) => (page.sectionId === null ? [] : [page.sectionId])))];
  if (ids.length === 0) return;
  const found = await tx.section.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((id) => !found.some((section) => section.id === id));
  if (missing.length > 0) throw new AppError("INVALID_INPUT", `栏目分类 #${missing.join("、#")} 不存在，请重新选择`);
}

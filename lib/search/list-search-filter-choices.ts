// Sections and 栏目 a reader can narrow a search to: only those with at least one visible story, so the
// list never hints at anything unpublished.
import "server-only";
import { getDb } from "@/lib/db/client";
import { visibleSnapshotSql } from "@/lib/reader/visibility";

export interface TSearchFilterChoices {
  sections: Array<{ slug: string; name: string }>;
  columns: Array<{ slug: string; name: string }>;
}

export async function listSearchFilterChoices(now: Date = new Date()): Promise<TSearchFilterChoices> {
  const db = getDb();
  const visible = visibleSnapshotSql("s", now);
  const [sections, columns] = await Promise.all([
    db.$queryRaw<Array<{ slug: string; name: string }>>`SELECT x."slug", x."name" FROM "Section" x
      WHERE EXISTS (SELECT 1 FROM "ArticleSnapshot" s WHERE s."sectionId" = x."id" AND ${visible}) ORDER BY x."name"`,
    db.$queryRaw<Array<{ slug: string; name: string }>>`SELECT x."slug", x."name" FROM "Column" x
      WHERE EXISTS (SELECT 1 FROM "ArticleSnapshot" s WHERE s."columnId" = x."id" AND ${visible}) ORDER BY x."name"`,
  ]);
  return { sections, columns };
}

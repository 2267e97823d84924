// The desk's list of sections or 栏目, in their order, with how many stories use each.
import "server-only";
import { getDb } from "@/lib/db/client";
import { sectionStore, type TSectionKind } from "./section-store";

export async function listSections(kind: TSectionKind) {
  const db = getDb();
  const rows = await sectionStore(db, kind).all();
  const counts =
    kind === "section"
      ? await db.article.groupBy({ by: ["sectionId"], _count: { _all: true } })
      : await db.article.groupBy({ by: ["columnId"], _count: { _all: true } });
  const countOf = new Map(counts.map((row) => [("sectionId" in row ? row.sectionId : row.columnId) ?? 0, row._count._all]));
  const oldSlugs =
    kind === "section"
      ? (await db.sectionOldSlug.findMany()).map((row) => ({ id: row.sectionId, slug: row.slug }))
      : (await db.columnOldSlug.findMany()).map((row) => ({ id: row.columnId, slug: row.slug }));
  return rows.map((row) => ({
    ...row,
    storyCount: countOf.get(row.id) ?? 0,
    oldSlugs: oldSlugs.filter((old) => old.id === row.id).map((old) => old.slug),
  }));
}

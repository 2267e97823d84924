// For the reader routes: the current slug of a section or 栏目 whose old slug was asked for, or null.
import "server-only";
import { getDb } from "@/lib/db/client";
import { sectionStore, type TSectionKind } from "./section-store";

export async function findSlugRedirect(kind: TSectionKind, slug: string): Promise<{ id: number; slug: string } | null> {
  const db = getDb();
  const id = await sectionStore(db, kind).oldSlugOwner(slug);
  if (id === null) return null;
  const row = kind === "section" ? await db.section.findUnique({ where: { id } }) : await db.column.findUnique({ where: { id } });
  return row && row.slug !== slug ? { id: row.id, slug: row.slug } : null;
}

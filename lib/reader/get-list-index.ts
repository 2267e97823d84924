// /columns, /sections and /bylines: every 栏目, section or person with at least one story readers can see,
// with how many. Only visible stories count, so a name that exists only in drafts never shows.
import "server-only";
import { getDb } from "@/lib/db/client";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { visibleSnapshotWhere } from "./visibility";

export type TListIndexKind = "column" | "section" | "byline";

export interface TListIndexEntry {
  id: number;
  name: string;
  href: string;
  count: number;
}

function countIds(ids: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export async function getListIndex(kind: TListIndexKind, now: Date = new Date()): Promise<{ entries: TListIndexEntry[]; tags: string[] }> {
  const db = getDb();
  const snapshots = await db.articleSnapshot.findMany({
    where: visibleSnapshotWhere(now),
    select: { columnId: true, sectionId: true, contributorIds: true },
  });
  const counts = countIds(
    snapshots.flatMap((s) =>
      kind === "column" ? (s.columnId === null ? [] : [s.columnId]) : kind === "section" ? (s.sectionId === null ? [] : [s.sectionId]) : s.contributorIds,
    ),
  );
  const ids = [...counts.keys()];
  const rows =
    kind === "column"
      ? (await db.column.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } })).map((r) => ({
          ...r,
          href: readerPaths.column(r.slug),
        }))
      : kind === "section"
        ? (await db.section.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } })).map((r) => ({
            ...r,
            href: readerPaths.section(r.slug),
          }))
        : (await db.contributor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
            ...r,
            href: readerPaths.byline(r.id),
          }));
  const entries = rows
    .map((row) => ({ id: row.id, name: row.name, href: row.href, count: counts.get(row.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
  const tagOf = kind === "column" ? readerTags.column : kind === "section" ? readerTags.section : readerTags.byline;
  // "latest" comes with every publish and unpublish; each entry's own tag with a change to it.
  return { entries, tags: [readerTags.latest(), ...entries.map((entry) => tagOf(entry.id))] };
}

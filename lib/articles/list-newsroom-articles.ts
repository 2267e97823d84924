// The newsroom's story list: by issue and page (print order), web-only stories apart, with status, last
// editor and time. Filters by issue date, section and status.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { issueDateFromDb, issueDateToDb, ZIssueDate } from "@/lib/issues/issue-date";
import { EDITORIAL_STATUSES, editorialStatus, type TEditorialStatus } from "./status";

export const ZNewsroomFilter = z.object({
  date: ZIssueDate.optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(EDITORIAL_STATUSES).optional().catch(undefined),
});
export type TNewsroomFilter = z.infer<typeof ZNewsroomFilter>;

export interface TNewsroomRow {
  id: number;
  headline: string;
  kind: string;
  status: TEditorialStatus;
  updatedAt: string;
  updatedBy: string | null;
  charCount: number;
  pages: number[];
}

export interface TNewsroomGroup {
  key: string;
  issueDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
  rows: TNewsroomRow[];
}

export async function listNewsroomArticles(filter: TNewsroomFilter): Promise<TNewsroomGroup[]> {
  const where: Prisma.ArticleWhereInput = {};
  if (filter.section) where.sectionId = filter.section;
  if (filter.date) where.parts = { some: { sequence: 0, page: { issue: { date: issueDateToDb(filter.date) } } } };
  if (filter.status === "draft") where.liveSnapshotId = null;
  else if (filter.status) where.liveSnapshotId = { not: null };

  const articles = await getDb().article.findMany({
    where,
    take: 500,
    orderBy: { updatedAt: "desc" },
    include: {
      liveSnapshot: { select: { version: true } },
      updatedBy: { select: { name: true, email: true } },
      parts: { include: { page: { include: { issue: true } } }, orderBy: { sequence: "asc" } },
    },
  });

  const groups = new Map<string, TNewsroomGroup & { sortKey: string; positions: Map<number, number> }>();
  for (const article of articles) {
    const status = editorialStatus(article);
    if (filter.status && status !== filter.status) continue;
    const start = article.parts[0];
    const issueDate = start ? issueDateFromDb(start.page.issue.date) : null;
    const key = start ? `${issueDate}/${start.page.number}` : "web";
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        issueDate,
        pageNumber: start?.page.number ?? null,
        pageName: start?.page.name ?? null,
        rows: [],
        // Newest issues first, pages in order, web-only stories last.
        sortKey: start ? `0-${9999_99_99 - Number(issueDate?.replaceAll("-", ""))}-${String(start.page.number).padStart(4, "0")}` : "1",
        positions: new Map(),
      };
      groups.set(key, group);
    }
    group.positions.set(article.id, start?.position ?? 0);
    group.rows.push({
      id: article.id,
      headline: article.headline,
      kind: article.kind,
      status,
      updatedAt: article.updatedAt.toISOString(),
      updatedBy: article.updatedBy ? (article.updatedBy.name ?? article.updatedBy.email) : article.origin === "import" ? "导入" : null,
      charCount: article.charCount,
      pages: article.parts.map((part) => part.page.number),
    });
  }
  return [...groups.values()]
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    .map(({ sortKey: _sortKey, positions, ...group }) => ({
      ...group,
      rows: group.key === "web" ? group.rows : group.rows.sort((a, b) => (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0)),
    }));
}

export async function listPlacementChoices() {
  const pages = await getDb().page.findMany({
    include: { issue: true },
    orderBy: [{ issue: { date: "desc" } }, { number: "asc" }],
    take: 300,
  });
  return pages.map((page) => ({ id: page.id, label: `${issueDateFromDb(page.issue.date)} 第${page.number}版${page.name ? ` ${page.name}` : ""}` }));
}

export async function listEditorChoices() {
  const db = getDb();
  const [sections, columns, contributors] = await Promise.all([
    db.section.findMany({ orderBy: { name: "asc" } }),
    db.column.findMany({ orderBy: { name: "asc" } }),
    db.contributor.findMany({ orderBy: { name: "asc" }, take: 2000 }),
  ]);
  return {
    sections: sections.map((section) => ({ id: section.id, name: section.name })),
    columns: columns.map((column) => column.name),
    contributors: contributors.map((contributor) => ({ id: contributor.id, name: contributor.name, affiliation: contributor.affiliation })),
  };
}

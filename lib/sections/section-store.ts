// Sections and 栏目 (columns) are managed the same way: this adapter gives the desk's commands one set of
// reads and writes over either table, so each command is written once for both.
import "server-only";
import { z } from "zod";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TReaderChange } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";

export const SECTION_KINDS = ["section", "column"] as const;
export const ZSectionKind = z.enum(SECTION_KINDS);
export type TSectionKind = z.infer<typeof ZSectionKind>;

export const SECTION_KIND_LABELS: Record<TSectionKind, string> = { section: "栏目分类", column: "栏目" };

export interface TSectionRow {
  id: number;
  name: string;
  slug: string;
  position: number;
  hiddenAt: Date | null;
}

export interface TSectionWrite {
  name?: string;
  slug?: string;
  position?: number;
  hiddenAt?: Date | null;
}

export function sectionStore(tx: TTransaction, kind: TSectionKind) {
  const isSection = kind === "section";
  return {
    kind,
    label: SECTION_KIND_LABELS[kind],
    readerPath: (slug: string) => (isSection ? readerPaths.section(slug) : readerPaths.column(slug)),
    /** What readers of these rows' lists and of these URLs must be told. */
    readerChange: (ids: number[], paths: string[]): TReaderChange => (isSection ? { sectionIds: ids, paths } : { columnIds: ids, paths }),
    async lock(id: number): Promise<TSectionRow> {
      if (isSection) await tx.$queryRaw`SELECT "id" FROM "Section" WHERE "id" = ${id} FOR UPDATE`;
      else await tx.$queryRaw`SELECT "id" FROM "Column" WHERE "id" = ${id} FOR UPDATE`;
      const row = isSection ? await tx.section.findUnique({ where: { id } }) : await tx.column.findUnique({ where: { id } });
      if (!row) throw new AppError("NOT_FOUND", `${SECTION_KIND_LABELS[kind]} #${id} 不存在`);
      return row;
    },
    async all(): Promise<TSectionRow[]> {
      const orderBy = [{ position: "asc" as const }, { name: "asc" as const }, { id: "asc" as const }];
      return isSection ? tx.section.findMany({ orderBy }) : tx.column.findMany({ orderBy });
    },
    /** Another row already using this name or slug (a live slug), if any. */
    async taken(field: "name" | "slug", value: string, exceptId: number | null): Promise<TSectionRow | null> {
      const where = { ...(field === "name" ? { name: value } : { slug: value }), ...(exceptId === null ? {} : { id: { not: exceptId } }) };
      return isSection ? tx.section.findFirst({ where }) : tx.column.findFirst({ where });
    },
    async create(data: { name: string; slug: string; position: number }): Promise<TSectionRow> {
      return isSection ? tx.section.create({ data }) : tx.column.create({ data });
    },
    async update(id: number, data: TSectionWrite): Promise<TSectionRow> {
      return isSection ? tx.section.update({ where: { id }, data }) : tx.column.update({ where: { id }, data });
    },
    async remove(id: number): Promise<void> {
      if (isSection) await tx.section.delete({ where: { id } });
      else await tx.column.delete({ where: { id } });
    },
    /** Stories (working drafts or any published version) and, for sections, pages that use it. */
    async usage(id: number): Promise<{ stories: number; pages: number }> {
      const field = isSection ? { sectionId: id } : { columnId: id };
      const articles = await tx.article.findMany({ where: { OR: [field, { snapshots: { some: field } }] }, select: { id: true } });
      const pages = isSection ? await tx.page.count({ where: { sectionId: id } }) : 0;
      return { stories: articles.length, pages };
    },
    /** The old slug's owner (for the reader redirect), if it is an old slug. */
    async oldSlugOwner(slug: string): Promise<number | null> {
      if (isSection) return (await tx.sectionOldSlug.findUnique({ where: { slug } }))?.sectionId ?? null;
      return (await tx.columnOldSlug.findUnique({ where: { slug } }))?.columnId ?? null;
    },
    async keepOldSlug(slug: string, id: number): Promise<void> {
      if (isSection) await tx.sectionOldSlug.upsert({ where: { slug }, create: { slug, sectionId: id }, update: { sectionId: id } });
      else await tx.columnOldSlug.upsert({ where: { slug }, create: { slug, columnId: id }, update: { columnId: id } });
    },
    async dropOldSlug(slug: string): Promise<void> {
      if (isSection) await tx.sectionOldSlug.deleteMany({ where: { slug } });
      else await tx.columnOldSlug.deleteMany({ where: { slug } });
    },
  };
}

// For the reader routes: the current slug of a section or 栏目 whose old slug was asked for, or null.
// Asked on every render of a list page (by its metadata and by the page), so one statement on the pool
// (lib/db/read-rows.ts), read once per render.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read-rows";
import type { TSectionKind } from "./section-store";

async function readSlugRedirect(kind: TSectionKind, slug: string): Promise<{ id: number; slug: string } | null> {
  const [row] = await readRows<{ id: number; slug: string }>(
    kind === "section"
      ? Prisma.sql`SELECT t."id", t."slug" FROM "SectionOldSlug" o JOIN "Section" t ON t."id" = o."sectionId" WHERE o."slug" = ${slug} AND t."slug" <> ${slug}`
      : Prisma.sql`SELECT t."id", t."slug" FROM "ColumnOldSlug" o JOIN "Column" t ON t."id" = o."columnId" WHERE o."slug" = ${slug} AND t."slug" <> ${slug}`,
  );
  return row ?? null;
}

export const findSlugRedirect = cache(readSlugRedirect);

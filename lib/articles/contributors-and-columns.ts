// The one place that finds or creates the people (署名) and 栏目 a story names, so a name typed in the
// editor, read by the importer or kept by the admin desk ends up as the same row.
import "server-only";
import type { TBylineRole } from "@/lib/content/kinds";
import { slugify } from "@/lib/content/slug";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface TBylineToWrite {
  /** A known person, or null to find (or create) one by name and affiliation. */
  contributorId: number | null;
  name: string;
  role: TBylineRole;
  affiliation: string | null;
}

export async function findOrCreateColumn(tx: TTransaction, name: string): Promise<{ id: number; name: string; slug: string }> {
  const existing = await tx.column.findUnique({ where: { name } });
  if (existing) return existing;
  const base = slugify(name) || "column";
  let slug = base;
  for (let n = 2; await tx.column.findUnique({ where: { slug } }); n += 1) slug = `${base}-${n}`;
  return tx.column.create({ data: { name, slug } });
}

/**
 * The person a byline names: a current contributor of that name and affiliation (active ones first), else
 * the survivor of a merged duplicate spelling (a merge says they are one person), else a new contributor.
 */
export async function findOrCreateContributor(tx: TTransaction, name: string, affiliation: string | null): Promise<{ id: number }> {
  const existing = await tx.contributor.findFirst({
    where: { name, affiliation, mergedIntoId: null },
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  });
  if (existing) return existing;
  const merged = await tx.contributor.findFirst({ where: { name, affiliation, mergedIntoId: { not: null } }, orderBy: { id: "asc" } });
  if (merged?.mergedIntoId) return { id: merged.mergedIntoId };
  return tx.contributor.create({ data: { name, affiliation } });
}

/** Replaces a story's bylines, in print order. A known person renamed in the form is looked up by the new name. */
export async function writeBylines(tx: TTransaction, articleId: number, bylines: readonly TBylineToWrite[]): Promise<void> {
  // Most saves (every autosave while typing) leave the bylines as they are: then nothing is written.
  const current = await tx.byline.findMany({ where: { articleId }, include: { contributor: { select: { name: true } } }, orderBy: { position: "asc" } });
  const unchanged =
    current.length === bylines.length &&
    current.every((existing, index) => {
      const wanted = bylines[index];
      return (
        wanted !== undefined &&
        existing.position === index &&
        existing.contributor.name === wanted.name &&
        (wanted.contributorId === null ? existing.affiliation === wanted.affiliation : existing.contributorId === wanted.contributorId) &&
        existing.role === wanted.role &&
        existing.affiliation === wanted.affiliation
      );
    });
  if (unchanged) return;
  await tx.byline.deleteMany({ where: { articleId } });
  for (const [position, byline] of bylines.entries()) {
    let contributorId = byline.contributorId;
    if (contributorId !== null) {
      const contributor = await tx.contributor.findUnique({ where: { id: contributorId }, include: { mergedInto: true } });
      if (!contributor) throw new AppError("INVALID_INPUT", `署名人 #${contributorId} 不存在`);
      // A form opened before a merge still names the duplicate: the byline goes to the survivor.
      if (contributor.mergedInto && contributor.name === byline.name) contributorId = contributor.mergedInto.id;
      else if (contributor.name !== byline.name) contributorId = null;
    }
    contributorId ??= (await findOrCreateContributor(tx, byline.name, byline.affiliation)).id;
    await tx.byline.create({ data: { articleId, contributorId, role: byline.role, affiliation: byline.affiliation, position } });
  }
}

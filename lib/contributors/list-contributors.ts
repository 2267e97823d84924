// The desk's list of byline people: search by name or pinyin initials, story counts, and the roles and
// affiliations their bylines actually use. Merged duplicates are not listed (they live on as redirects).
import "server-only";
import { z } from "zod";
import type { TBylineRole } from "@/lib/content/kinds";
import { getDb } from "@/lib/db/client";
import { nameMatches } from "./pinyin-initials";

export const ZContributorListFilter = z.object({
  q: z.string().trim().max(40).default(""),
  /** "all" also lists deactivated people. */
  show: z.enum(["active", "all"]).default("active"),
});
export type TContributorListFilter = z.input<typeof ZContributorListFilter>;

export interface TContributorRow {
  id: number;
  name: string;
  affiliation: string | null;
  defaultRole: TBylineRole;
  active: boolean;
  storyCount: number;
  rolesUsed: TBylineRole[];
  affiliationsUsed: string[];
}

const MAX_ROWS = 500;

export async function listContributors(input: TContributorListFilter = {}): Promise<{ rows: TContributorRow[]; truncated: boolean }> {
  const filter = ZContributorListFilter.parse(input);
  const db = getDb();
  const people = await db.contributor.findMany({
    where: { mergedIntoId: null, ...(filter.show === "active" ? { deactivatedAt: null } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, affiliation: true, defaultRole: true, deactivatedAt: true },
  });
  const found = people.filter((person) => nameMatches(person.name, filter.q));
  const shown = found.slice(0, MAX_ROWS);
  const ids = shown.map((person) => person.id);
  const usage = await db.byline.groupBy({ by: ["contributorId", "role", "affiliation"], where: { contributorId: { in: ids } }, _count: { _all: true } });
  const stories = await db.byline.groupBy({ by: ["contributorId", "articleId"], where: { contributorId: { in: ids } } });
  const storyCount = new Map<number, number>();
  for (const row of stories) storyCount.set(row.contributorId, (storyCount.get(row.contributorId) ?? 0) + 1);
  return {
    truncated: found.length > shown.length,
    rows: shown.map((person) => {
      const used = usage.filter((row) => row.contributorId === person.id);
      return {
        id: person.id,
        name: person.name,
        affiliation: person.affiliation,
        defaultRole: person.defaultRole,
        active: person.deactivatedAt === null,
        storyCount: storyCount.get(person.id) ?? 0,
        rolesUsed: [...new Set(used.map((row) => row.role))],
        affiliationsUsed: [...new Set(used.flatMap((row) => (row.affiliation ? [row.affiliation] : [])))],
      };
    }),
  };
}

// One contributor as the desk sees them: their fields, the duplicates merged into them, their stories
// (working drafts, newest first, with whether readers see them) and the people they could be merged into.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateFromDb } from "@/lib/issues/issue-date";

export async function getContributor(contributorId: number) {
  const db = getDb();
  const contributor = await db.contributor.findUnique({
    where: { id: contributorId },
    include: { mergedInto: { select: { id: true, name: true } }, mergedFrom: { select: { id: true, name: true, affiliation: true } } },
  });
  if (!contributor) throw new AppError("NOT_FOUND", `署名人 #${contributorId} 不存在`);
  const bylines = await db.byline.findMany({
    where: { contributorId },
    orderBy: { article: { updatedAt: "desc" } },
    take: 200,
    select: {
      role: true,
      affiliation: true,
      article: {
        select: {
          id: true,
          headline: true,
          liveSnapshotId: true,
          updatedAt: true,
          placements: { where: { sequence: 0 }, select: { page: { select: { number: true, issue: { select: { date: true } } } } } },
        },
      },
    },
  });
  const others = await db.contributor.findMany({
    where: { id: { not: contributorId }, mergedIntoId: null, deactivatedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, affiliation: true },
    take: 2000,
  });
  return {
    contributor,
    stories: bylines.map(({ role, affiliation, article }) => {
      const start = article.placements[0]?.page;
      return {
        id: article.id,
        headline: article.headline,
        published: article.liveSnapshotId !== null,
        role,
        affiliation,
        printed: start ? `${issueDateFromDb(start.issue.date)} 第${start.number}版` : null,
      };
    }),
    mergeTargets: others,
  };
}

// The latest released issue's front page as readers see it: published snapshots in print order.
// A plain data view used by tests and tools; the reader route uses get-front-page-view.ts (with cache tags).
import "server-only";
import { ZArticleContent } from "@/lib/articles/article-content";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import { DEFAULT_PUBLICATION } from "@/lib/publications/default-publication";
import { releasedIssueWhere, visibleSnapshotWhere } from "./visibility";

export async function getFrontPage(now: Date = new Date()) {
  const db = getDb();
  const issue = await db.issue.findFirst({
    where: { ...releasedIssueWhere(now), publication: { slug: DEFAULT_PUBLICATION.slug } },
    orderBy: { date: "desc" },
  });
  if (!issue) return null;
  const page = await db.page.findFirst({ where: { issueId: issue.id }, orderBy: { number: "asc" } });
  if (!page) return null;
  const placements = await db.snapshotPlacement.findMany({
    where: { pageId: page.id, snapshot: visibleSnapshotWhere(now) },
    include: { snapshot: true },
    orderBy: { position: "asc" },
  });
  return {
    issue: { date: issueDateFromDb(issue.date), number: issue.number },
    page: { number: page.number, name: page.name },
    stories: placements.map((placement) => ({
      articleId: placement.snapshot.articleId,
      sequence: placement.sequence,
      content: ZArticleContent.parse(placement.snapshot.content),
    })),
  };
}

// Everything the reader pages show for the reader fixtures, read through the reader queries at a fixed
// moment: what an upgraded database must still show exactly.
import { getDb } from "@/lib/db/client";
import { getArchiveMonth } from "@/lib/reader/get-archive-month";
import { getArticleView } from "@/lib/reader/get-article-view";
import { getFrontPageView } from "@/lib/reader/get-front-page-view";
import { getIssueView } from "@/lib/reader/get-issue-view";
import { getLatestStories } from "@/lib/reader/get-latest-stories";
import { getPageView } from "@/lib/reader/get-page-view";
import { getNewsSitemapStories, getSitemapEntries, getSitemapMonths } from "@/lib/reader/get-sitemap-entries";
import { getStoryList, type TStoryListFilter } from "@/lib/reader/get-story-list";

export const SURFACES_AT = new Date("2027-06-01T00:00:00Z");

export async function readerSurfaces(now: Date = SURFACES_AT) {
  const pages = [];
  for (const date of ["2025-12-20", "2025-12-21"]) for (const number of [1, 2, 3, 4]) pages.push(await getPageView(date, number, now));
  const articles = [];
  for (let id = 1; id <= 12; id += 1) articles.push(await getArticleView(id, now));
  const db = getDb();
  const filters: TStoryListFilter[] = [
    ...(await db.column.findMany({ orderBy: { id: "asc" } })).map((column) => ({ kind: "column" as const, slug: column.slug })),
    ...(await db.section.findMany({ orderBy: { id: "asc" } })).map((section) => ({ kind: "section" as const, slug: section.slug })),
    ...(await db.contributor.findMany({ orderBy: { id: "asc" } })).map((person) => ({ kind: "byline" as const, contributorId: person.id })),
  ];
  const lists = [];
  for (const filter of filters) lists.push(await getStoryList(filter, 1, now));
  return {
    front: await getFrontPageView(now),
    issues: [await getIssueView("2025-12-20", now), await getIssueView("2025-12-21", now)],
    pages,
    articles,
    lists,
    archive: await getArchiveMonth("2025-12", now),
    latest: await getLatestStories(50, now),
    sitemapMonths: await getSitemapMonths(now),
    sitemap: await getSitemapEntries("2025-12", now),
    news: await getNewsSitemapStories(now),
  };
}

// Reader URLs, built in one place so pages, feeds, sitemaps and JSON-LD agree on them.
import { slugify } from "@/lib/content/slug";

export const readerPaths = {
  front: () => "/",
  archive: () => "/issues",
  month: (month: string) => `/issues/${month}`,
  issue: (date: string) => `/issues/${date}`,
  page: (date: string, pageNumber: number) => `/issues/${date}/${pageNumber}`,
  /** Stable and shareable: the id decides, the slug is for people (a wrong slug redirects). */
  article: (articleId: number, headline: string) => {
    const slug = slugify(headline);
    return slug ? `/articles/${articleId}-${encodeURIComponent(slug)}` : `/articles/${articleId}`;
  },
  column: (slug: string, page = 1) => `/columns/${encodeURIComponent(slug)}${page > 1 ? `/${page}` : ""}`,
  section: (slug: string, page = 1) => `/sections/${encodeURIComponent(slug)}${page > 1 ? `/${page}` : ""}`,
  /** One month's sitemap, listed by /sitemap.xml. */
  sitemapMonth: (month: string) => `/sitemaps/${month}.xml`,
  byline: (contributorId: number, page = 1) => `/bylines/${contributorId}${page > 1 ? `/${page}` : ""}`,
};

/** The reader URLs that show what an issue prints on these pages: the issue, the pages, its month's sitemap. */
export function issuePagesPaths(issueDate: string, pageNumbers: readonly number[]): string[] {
  return [readerPaths.issue(issueDate), readerPaths.sitemapMonth(issueDate.slice(0, 7)), ...pageNumbers.map((number) => readerPaths.page(issueDate, number))];
}

/** 第01版 */
export function pageLabel(pageNumber: number): string {
  return `第${String(pageNumber).padStart(2, "0")}版`;
}

/** 2025年12月20日 */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? "";
}

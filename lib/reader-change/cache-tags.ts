// Names of the reader cache tags. A change to what readers see invalidates the tags of everything that
// shows it: the story, its issue and pages, its column, section and bylines, and the "latest" lists.
export const READER_CHANGE_CHANNEL = "reader_change";

/**
 * Carried by every cached reader render. Invalidated when an instance (re)connects to the notification
 * channel, because notifications sent while it was not listening are lost.
 */
export const READER_ALL_TAG = "reader";

export const readerTags = {
  latest: () => "latest",
  article: (id: number) => `article:${id}`,
  issue: (id: number) => `issue:${id}`,
  page: (id: number) => `page:${id}`,
  column: (id: number) => `column:${id}`,
  section: (id: number) => `section:${id}`,
  byline: (contributorId: number) => `byline:${contributorId}`,
};

export interface TReaderChange {
  /** Reader URLs showing the change, for HTTP caches in front of the app (see readerChangePaths). */
  paths?: string[];
  articleIds?: number[];
  issueIds?: number[];
  pageIds?: number[];
  columnIds?: number[];
  sectionIds?: number[];
  contributorIds?: number[];
}

export function tagsForChange(change: TReaderChange): string[] {
  const tags = new Set<string>([readerTags.latest()]);
  for (const id of change.articleIds ?? []) tags.add(readerTags.article(id));
  for (const id of change.issueIds ?? []) tags.add(readerTags.issue(id));
  for (const id of change.pageIds ?? []) tags.add(readerTags.page(id));
  for (const id of change.columnIds ?? []) tags.add(readerTags.column(id));
  for (const id of change.sectionIds ?? []) tags.add(readerTags.section(id));
  for (const id of change.contributorIds ?? []) tags.add(readerTags.byline(id));
  return [...tags].sort();
}

/** Shown by every change: the front page, the feed and the sitemaps list the latest stories and issues. */
export const READER_LATEST_PATHS = ["/", "/feed.xml", "/sitemap.xml", "/news-sitemap.xml"];

export function pathsForChange(change: TReaderChange): string[] {
  return [...new Set([...READER_LATEST_PATHS, ...(change.paths ?? [])])].sort();
}

// Which reader surfaces show a story, for cache invalidation: computed from its published contents.
import type { TArticleContent } from "@/lib/content/article-content";
import type { TReaderChange } from "./cache-tags";
import { issuePagesPaths, readerPaths } from "./urls";

/** Everything a reader surface may show of these versions of a story, for cache invalidation. */
export function readerChangeOf(articleId: number, versions: ReadonlyArray<TArticleContent | null>): TReaderChange {
  const present = versions.filter((version): version is TArticleContent => version !== null);
  const ids = (pick: (content: TArticleContent) => Array<number | null | undefined>) => [
    ...new Set(present.flatMap(pick).filter((id): id is number => typeof id === "number")),
  ];
  const paths = present.flatMap((content) => [
    `/articles/${articleId}`,
    readerPaths.article(articleId, content.headline),
    ...(content.placement
      ? issuePagesPaths(
          content.placement.issueDate,
          content.placement.parts.map((part) => part.pageNumber),
        )
      : []),
    ...(content.column ? [readerPaths.column(content.column.slug)] : []),
    ...(content.section ? [readerPaths.section(content.section.slug)] : []),
    ...content.bylines.map((byline) => readerPaths.byline(byline.contributorId)),
  ]);
  return {
    paths: [...new Set(paths)],
    articleIds: [articleId],
    issueIds: ids((content) => [content.placement?.issueId]),
    pageIds: ids((content) => content.placement?.parts.map((part) => part.pageId) ?? []),
    columnIds: ids((content) => [content.column?.id]),
    sectionIds: ids((content) => [content.section?.id]),
    contributorIds: ids((content) => content.bylines.map((byline) => byline.contributorId)),
  };
}

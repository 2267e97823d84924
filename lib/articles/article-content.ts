// The full, self-contained content of one version of a story: what a revision records and what a
// published snapshot shows readers (names as they were, so later renames do not rewrite history).
import "server-only";
import { z } from "zod";
import { ZStoryDocument } from "@/lib/content/schema";
import type { TTransaction } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import type { TReaderChange } from "@/lib/reader/cache-tags";
import { issuePagesPaths, readerPaths } from "@/lib/reader/urls";

const ZNamed = z.object({ id: z.number().int(), name: z.string(), slug: z.string() });

export const ZArticleContent = z.object({
  kind: z.enum(["news", "feature", "photo", "commentary"]),
  column: ZNamed.nullable(),
  section: ZNamed.nullable(),
  kicker: z.string().nullable(),
  headline: z.string(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  bylines: z.array(
    z.object({
      contributorId: z.number().int(),
      name: z.string(),
      role: z.enum(["reporter", "photographer", "correspondent"]),
      affiliation: z.string().nullable(),
    }),
  ),
  body: ZStoryDocument,
  charCount: z.number().int(),
  /** Null for a web-only story. */
  placement: z
    .object({
      issueId: z.number().int(),
      issueDate: z.string(),
      parts: z.array(
        z.object({
          sequence: z.number().int(),
          pageId: z.number().int(),
          pageNumber: z.number().int(),
          pageName: z.string().nullable(),
          position: z.number().int(),
        }),
      ),
    })
    .nullable(),
});
export type TArticleContent = z.infer<typeof ZArticleContent>;

/** A stored byline as content and drafts carry it: the person's name as it is now, role and affiliation as printed. */
export function bylineOf(byline: {
  contributorId: number;
  role: TArticleContent["bylines"][number]["role"];
  affiliation: string | null;
  contributor: { name: string };
}) {
  return { contributorId: byline.contributorId, name: byline.contributor.name, role: byline.role, affiliation: byline.affiliation };
}

export async function loadArticleContent(tx: TTransaction, articleId: number): Promise<{ content: TArticleContent; version: number; plainText: string }> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      column: true,
      section: true,
      bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
      parts: { include: { page: { include: { issue: true } } }, orderBy: { sequence: "asc" } },
    },
  });
  const firstPart = article.parts[0];
  const content: TArticleContent = {
    kind: article.kind,
    column: article.column ? { id: article.column.id, name: article.column.name, slug: article.column.slug } : null,
    section: article.section ? { id: article.section.id, name: article.section.name, slug: article.section.slug } : null,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    dateline: article.dateline,
    bylines: article.bylines.map(bylineOf),
    body: ZStoryDocument.parse(article.body),
    charCount: article.charCount,
    placement: firstPart
      ? {
          issueId: firstPart.page.issueId,
          issueDate: issueDateFromDb(firstPart.page.issue.date),
          parts: article.parts.map((part) => ({
            sequence: part.sequence,
            pageId: part.pageId,
            pageNumber: part.page.number,
            pageName: part.page.name,
            position: part.position,
          })),
        }
      : null,
  };
  return { content, version: article.version, plainText: article.plainText };
}

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

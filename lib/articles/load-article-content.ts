// Reads the working draft of a story as self-contained content (see lib/content/article-content.ts).
import "server-only";
import { bylineOf, type TArticleContent } from "@/lib/content/article-content";
import { ZStoredStoryDocument } from "@/lib/content/stored-document";
import type { TTransaction } from "@/lib/db/client";
import { issueDateFromDb } from "@/lib/issues/issue-date";

export async function loadArticleContent(tx: TTransaction, articleId: number): Promise<{ content: TArticleContent; version: number; plainText: string }> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    include: {
      column: true,
      section: true,
      bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
      placements: { include: { page: { include: { issue: true } } }, orderBy: { sequence: "asc" } },
    },
  });
  const firstPart = article.placements[0];
  const content: TArticleContent = {
    kind: article.kind,
    column: article.column ? { id: article.column.id, name: article.column.name, slug: article.column.slug } : null,
    section: article.section ? { id: article.section.id, name: article.section.name, slug: article.section.slug } : null,
    kicker: article.kicker,
    headline: article.headline,
    subheadline: article.subheadline,
    dateline: article.dateline,
    bylines: article.bylines.map(bylineOf),
    body: ZStoredStoryDocument.parse(article.body),
    charCount: article.charCount,
    placement: firstPart
      ? {
          issueId: firstPart.page.issueId,
          issueDate: issueDateFromDb(firstPart.page.issue.date),
          parts: article.placements.map((part) => ({
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

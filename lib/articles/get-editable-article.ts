// A story's working draft as the editor needs it, plus who last saved it.
import "server-only";
import { bylineOf } from "@/lib/content/article-content";
import type { TStoryDocument } from "@/lib/content/schema";
import { ZStoredStoryDocument } from "@/lib/content/stored-document";
import type { TTransaction } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueDateFromDb } from "@/lib/issues/issue-date";
import type { TArticleDraft } from "./article-draft";
import { editorialStatus, type TEditorialStatus } from "./status";

export interface TEditableArticle {
  id: number;
  version: number;
  status: TEditorialStatus;
  draft: Omit<TArticleDraft, "body"> & { body: TStoryDocument };
  placement: { issueDate: string; pageNumber: number; pageName: string | null } | null;
  /** Jump targets the issue does not have (publishing is refused until they exist). */
  missingJumpPages: number[];
  updatedAt: string;
  updatedBy: string | null;
  firstPublishedAt: string | null;
}

export async function getEditableArticle(articleId: number, tx: TTransaction = getDb()): Promise<TEditableArticle> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    include: {
      column: true,
      liveSnapshot: { select: { version: true } },
      updatedBy: { select: { name: true, email: true } },
      bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
      placements: { include: { page: { include: { issue: true } } }, orderBy: { sequence: "asc" } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
  const body = ZStoredStoryDocument.parse(article.body);
  const start = article.placements.find((placement) => placement.sequence === 0);
  const placedNumbers = new Set(article.placements.map((placement) => placement.page.number));
  const missingJumpPages = article.placements.flatMap((placement) =>
    placement.jumpToPage !== null && !placedNumbers.has(placement.jumpToPage) ? [placement.jumpToPage] : [],
  );
  return {
    id: article.id,
    version: article.version,
    status: editorialStatus(article),
    draft: {
      kind: article.kind,
      columnName: article.column?.name ?? null,
      sectionId: article.sectionId,
      kicker: article.kicker,
      headline: article.headline,
      subheadline: article.subheadline,
      dateline: article.dateline,
      bylines: article.bylines.map(bylineOf),
      pageId: start?.pageId ?? null,
      body,
    },
    placement: start ? { issueDate: issueDateFromDb(start.page.issue.date), pageNumber: start.page.number, pageName: start.page.name } : null,
    missingJumpPages: start ? missingJumpPages : [],
    updatedAt: article.updatedAt.toISOString(),
    updatedBy: article.updatedBy ? (article.updatedBy.name ?? article.updatedBy.email) : article.origin === "import" ? "导入" : null,
    firstPublishedAt: article.firstPublishedAt?.toISOString() ?? null,
  };
}

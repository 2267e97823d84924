// Stores one parsed print page in one transaction, as a short sequence of named steps: the issue and page,
// what an earlier import left there (replaced in place, never deleted once published), each story created
// or attached as a continuation, publishing exactly the versions the import wrote, release and audit.
import "server-only";
import { z } from "zod";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { getDb, type TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZIssueDate } from "@/lib/issues/issue-date";
import { releaseIssueInTransaction } from "@/lib/issues/release-issue";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { defaultReleaseTime } from "@/lib/reader-change/reader-dates";
import { attachContinuation } from "./store/attach-continuation";
import { findExistingImport, type TExistingImport, type TImportedStory } from "./store/existing-import";
import { ensureIssueAndPage } from "./store/issue-and-page";
import { planReplacement } from "./store/plan-replacement";
import { storeImportedStory } from "./store/store-story";
import type { TParsedArticle, TParsedPage } from "./types";

export const ZImportPageInput = z.object({
  issueDate: ZIssueDate,
  pageNumber: z.number().int().min(1, { message: "版号必须从 1 开始" }).max(999),
  pageName: z.string().trim().min(1).max(50).nullable().default(null),
  issueNumber: z.number().int().min(1).nullable().default(null),
  /** Publish the stories the import writes (a printed page) instead of leaving drafts. */
  publish: z.boolean().default(false),
  /** Release the issue to readers. */
  release: z.boolean().default(false),
  /** When readers get the released issue; default 05:00 Asia/Shanghai on its date (an archive keeps its dates). */
  releasedAt: z.coerce.date({ message: "--released-at 应为 ISO 时间，如 2025-12-20T05:00+08:00" }).nullable().default(null),
  /** Replace stories imported earlier on this page, if nobody in the newsroom has acted on them. */
  replace: z.boolean().default(false),
});
export type TImportPageInput = z.input<typeof ZImportPageInput>;

export interface TImportedArticle {
  id: number;
  headline: string;
  kind: TParsedArticle["kind"];
  status: "draft" | "published";
  /** "created" for a story that starts on this page, "continued" for a part attached to an earlier story. */
  outcome: "created" | "continued";
  jumpToPage: number | null;
  jumpFromPage: number | null;
}

export interface TImportPageResult {
  issueId: number;
  pageId: number;
  issueDate: string;
  page: { number: number; name: string | null };
  articles: TImportedArticle[];
  /** Stories of the earlier import of this page: updated in place (same id) or, if never published, removed. */
  replacedArticleIds: number[];
  removedArticleIds: number[];
  warnings: string[];
}

type TOptions = z.output<typeof ZImportPageInput>;

/** Refuses, before anything is written, an import that would overwrite the newsroom's work. */
function checkReplaceable(existing: TExistingImport, options: TOptions): void {
  if (existing.starting.length + existing.continuedIds.length === 0) return;
  if (!options.replace) {
    throw new AppError("PAGE_ALREADY_IMPORTED", `${options.issueDate} 第${options.pageNumber}版已经导入过；如需替换请使用 --replace`, {
      operatorMessage: `Page ${options.pageNumber} of ${options.issueDate} already has imported stories; use --replace to replace them.`,
    });
  }
  if (existing.touched.length > 0) {
    const listed = existing.touched.map((story) => `#${story.id} ${story.headline || "(untitled)"} (${story.why})`).join("; ");
    throw new AppError("IMPORTED_STORIES_EDITED", `不能替换：以下稿件已在编辑部修改或发布：${listed}`, {
      operatorMessage: `Not replacing page ${options.pageNumber} of ${options.issueDate}: ${listed}.`,
      details: existing.touched,
    });
  }
}

/** Stories of the earlier import that the new text no longer has: removed, unless readers have ever seen them. */
async function removeDropped(tx: TTransaction, dropped: readonly TImportedStory[], options: TOptions): Promise<number[]> {
  const published = dropped.filter((story) => story.everPublished);
  if (published.length > 0) {
    const listed = published.map((story) => `#${story.id} ${story.headline || "(untitled)"}`).join("; ");
    throw new AppError("IMPORTED_STORIES_EDITED", `不能替换：新版面中没有这些已发布过的稿件：${listed}`, {
      operatorMessage: `Not replacing page ${options.pageNumber} of ${options.issueDate}: the new text no longer has these published stories: ${listed}. Published stories and their history are never deleted.`,
    });
  }
  const ids = dropped.map((story) => story.id);
  if (ids.length > 0) await tx.article.deleteMany({ where: { id: { in: ids } } });
  return ids;
}

async function isLive(tx: TTransaction, articleId: number): Promise<{ live: boolean; headline: string }> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { liveSnapshotId: true, headline: true } });
  return { live: article.liveSnapshotId !== null, headline: article.headline };
}

/** Imports one parsed page. Throws AppError (and writes nothing) when the page cannot be stored as asked. */
export async function importPage(parsedPage: TParsedPage, input: TImportPageInput, actor: TActor): Promise<TImportPageResult> {
  const options = ZImportPageInput.parse(input);
  if (parsedPage.articles.length === 0)
    throw new AppError("INVALID_INPUT", "版面中没有可识别的稿件", { operatorMessage: "The page has no recognisable story." });
  const warnings = [...parsedPage.warnings];
  // A printed page is published as of its issue's release when that is already past (an archive keeps its dates).
  const releaseTime = options.releasedAt ?? defaultReleaseTime(options.issueDate);
  const now = new Date();
  const publishedAsOf = releaseTime < now ? releaseTime : now;

  return getDb().$transaction(
    async (tx) => {
      const publication = await ensureDefaultPublication(tx);
      const { issue, page } = await ensureIssueAndPage(tx, { publicationId: publication.id, ...options });
      const existing = await findExistingImport(tx, page.id);
      checkReplaceable(existing, options);
      const plan = planReplacement(existing.starting, parsedPage.articles);
      const removedArticleIds = await removeDropped(tx, plan.dropped, options);

      const articles: TImportedArticle[] = [];
      for (const [index, parsed] of parsedPage.articles.entries()) {
        const position = index + 1;
        const continued = parsed.jumpFromPage !== null;
        let publishVersion: number | null = null;
        let id: number;
        if (continued) {
          const attached = await attachContinuation(tx, { parsed, issueId: issue.id, pageId: page.id, pageNumber: page.number, position, actor, warnings });
          id = attached.id;
          // Printing page 4 does not publish page 1; and a story the newsroom has taken over is theirs to publish.
          const { live, headline } = await isLive(tx, id);
          if (options.publish && live && attached.touched !== null) {
            warnings.push(
              `#${id} "${headline}" was ${attached.touched} since it was imported: its continuation was added to the working draft but not published; publish it from the newsroom.`,
            );
          } else if (options.publish && live) publishVersion = attached.version;
        } else {
          const stored = await storeImportedStory(tx, {
            parsed,
            publicationId: publication.id,
            pageId: page.id,
            position,
            actor,
            replacing: plan.replacing.get(index) ?? null,
          });
          id = stored.id;
          if (options.publish) publishVersion = stored.version;
        }
        if (publishVersion !== null) await publishArticleInTransaction(tx, actor, { articleId: id, baseVersion: publishVersion }, publishedAsOf);
        const { live, headline } = await isLive(tx, id);
        articles.push({
          id,
          headline,
          kind: parsed.kind,
          status: live ? "published" : "draft",
          outcome: continued ? "continued" : "created",
          jumpToPage: parsed.jumpToPage,
          jumpFromPage: parsed.jumpFromPage,
        });
      }

      const released = options.release ? await releaseIssueInTransaction(tx, actor, { issueId: issue.id, at: releaseTime }) : issue;
      const replacedArticleIds = existing.starting.map((story) => story.id);
      await recordAuditEvent(tx, actor, {
        action: "page.imported",
        entityType: "page",
        entityId: String(page.id),
        payload: {
          issueDate: options.issueDate,
          pageNumber: page.number,
          createdArticleIds: articles.filter((article) => article.outcome === "created").map((article) => article.id),
          continuedArticleIds: articles.filter((article) => article.outcome === "continued").map((article) => article.id),
          replacedArticleIds,
          removedArticleIds,
          published: options.publish,
          released: released.releasedAt !== null,
        },
      });

      return {
        issueId: issue.id,
        pageId: page.id,
        issueDate: options.issueDate,
        page: { number: page.number, name: page.name },
        articles,
        replacedArticleIds,
        removedArticleIds,
        warnings,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

// Publishes one named version of a story: a new snapshot of exactly that version becomes what readers see.
// Older snapshots stay. The story's row is locked first, so a save racing the publish either lands before
// (and the publish is refused as stale) or waits until the snapshot of the named version is taken.
import "server-only";
import { z } from "zod";
import { loadArticleContent } from "@/lib/articles/load-article-content";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorSource, actorUserId, type TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { ZArticleContent } from "@/lib/content/article-content";
import { jumpPages } from "@/lib/content/parts";
import type { TTransaction } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { readerChangeOf } from "@/lib/reader-change/reader-change-of";
import { refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { checkFiguresForPublishing } from "./check-figures";
import { recordRevision } from "./record-revision";

export const ZPublishArticleInput = z.object({
  articleId: z.number().int().positive(),
  /** The version the publisher chose (saw, or imported); publishing refuses if the draft is not that version. */
  baseVersion: z.number().int().positive(),
});
export type TPublishArticleInput = z.input<typeof ZPublishArticleInput>;

/** Runs inside the caller's transaction so that import + publish is one unit of work. */
export async function publishArticleInTransaction(tx: TTransaction, actor: TActor, input: TPublishArticleInput, now: Date = new Date()) {
  const { articleId, baseVersion } = ZPublishArticleInput.parse(input);
  const locked = await tx.$queryRaw<Array<{ version: number }>>`SELECT "version" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  const current = locked[0];
  if (!current) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
  if (current.version !== baseVersion) {
    throw new AppError("CONFLICT", `稿件已被他人修改（当前版本 ${current.version}，你看到的是 ${baseVersion}），请先查看最新内容再发布`, {
      operatorMessage: `Story #${articleId} is at version ${current.version}, not ${baseVersion}: not published.`,
    });
  }
  const { content, version, plainText } = await loadArticleContent(tx, articleId);
  // A draft may be untitled while it is written; readers only ever get titled stories (or captioned photos).
  if (content.headline.trim() === "" && content.kind !== "photo") throw new AppError("INVALID_INPUT", "不能发布：请先填写主题（只有图片新闻可以没有标题）");
  const jumps = jumpPages(content.body);
  if (jumps.length > 0 && !content.placement) throw new AppError("INVALID_INPUT", "网络稿件不能转版：请先选择见报版面或删除“下转”标记");
  const placedPages = new Set(content.placement?.parts.map((part) => part.pageNumber) ?? []);
  const missing = jumps.filter((page) => !placedPages.has(page));
  if (missing.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `不能发布：稿件转到第${missing.join("、")}版，但${content.placement?.issueDate ?? "本期"}这一期没有该版面。请先建立版面或修改“下转”标记。`,
    );
  }
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { firstPublishedAt: true, webFirstPublishedAt: true, liveSnapshot: { select: { content: true } } },
  });
  const snapshot = await tx.articleSnapshot.create({
    data: {
      articleId,
      version,
      kind: content.kind,
      headline: content.headline,
      content: asJson(content),
      issueId: content.placement?.issueId ?? null,
      columnId: content.column?.id ?? null,
      sectionId: content.section?.id ?? null,
      contributorIds: [...new Set(content.bylines.map((byline) => byline.contributorId))],
      plainText,
      charCount: content.charCount,
      publishedAt: now,
      publishedById: actorUserId(actor),
      actorKind: actor.kind,
      actorSource: actorSource(actor),
      // Published before: this version corrects or updates one readers may have had.
      revisesEarlier: article.firstPublishedAt !== null,
      placements: {
        create: (content.placement?.parts ?? []).map((part) => ({
          pageId: part.pageId,
          sequence: part.sequence,
          position: part.position,
          jumpToPage: jumps[part.sequence] ?? null,
        })),
      },
    },
  });
  await tx.article.update({
    where: { id: articleId },
    data: {
      liveSnapshotId: snapshot.id,
      firstPublishedAt: article.firstPublishedAt ?? now,
      // Read online before (or without) an issue: that first online publication is its date for readers.
      webFirstPublishedAt: article.webFirstPublishedAt ?? (content.placement ? null : now),
    },
  });
  await refreshReaderDates(tx, { articleIds: [articleId] });
  await recordRevision(tx, { articleId, actor, reason: "publish" });
  // Readers of the old version's pages, column and bylines must see the change too.
  const previous = article.liveSnapshot ? ZArticleContent.parse(article.liveSnapshot.content) : null;
  await notifyReaderChange(tx, readerChangeOf(articleId, [content, previous]));
  await recordAuditEvent(tx, actor, {
    action: "article.published",
    entityType: "article",
    entityId: String(articleId),
    payload: { snapshotId: snapshot.id, version },
  });
  return snapshot;
}

/** Publishing from the newsroom: authorized, in its own transaction. */
export async function publishArticle(actor: TActor, input: TPublishArticleInput) {
  const data = ZPublishArticleInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const snapshot = await publishArticleInTransaction(tx, actor, data);
    // After the row lock and version check, on exactly what was published; a refusal rolls it all back.
    checkFiguresForPublishing(ZArticleContent.parse(snapshot.content).body);
    return { articleId: data.articleId, snapshotId: snapshot.id, version: snapshot.version };
  });
}

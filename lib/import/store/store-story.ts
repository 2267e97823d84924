// Writes one imported story that starts on the page: a new story, or — on --replace — the same story
// updated in place as a new version, so its id, reader URL, snapshots and history survive.
import "server-only";
import { parseArticleDraft, type TArticleDraft, writeArticleDraft } from "@/lib/articles/article-draft";
import { recordRevision } from "@/lib/articles/record-revision";
import type { TActor } from "@/lib/auth/actor";
import { joinParts, type TBodyPart } from "@/lib/content/parts";
import { textBlock } from "@/lib/content/schema";
import type { TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import type { TParsedArticle } from "../types";
import type { TImportedStory } from "./existing-import";

export function importedBlocks(parsed: TParsedArticle): TBodyPart["blocks"] {
  return parsed.blocks.map((block) => textBlock(block.type, block.text));
}

/** The parsed story as a working draft on this page; `laterParts` are continuations already imported. */
export function importedDraft(parsed: TParsedArticle, pageId: number, laterParts: readonly TBodyPart[] = []): TArticleDraft {
  return parseArticleDraft({
    kind: parsed.kind,
    columnName: parsed.column,
    sectionId: null,
    kicker: parsed.kicker,
    headline: parsed.headline,
    subheadline: parsed.subheadline,
    dateline: parsed.dateline,
    bylines: parsed.bylines.map((byline) => ({ contributorId: null, ...byline })),
    pageId,
    // A 下转 ends the part on this page; the part on the page it names waits for that page's import.
    body: joinParts([
      { blocks: importedBlocks(parsed), jumpToPage: parsed.jumpToPage },
      ...(laterParts.length > 0 ? laterParts : parsed.jumpToPage !== null ? [{ blocks: [], jumpToPage: null }] : []),
    ]),
  });
}

/** Claims the next version of a story the importer is about to rewrite; a concurrent newsroom save wins. */
export async function claimNextVersion(tx: TTransaction, article: { id: number; version: number; headline: string }): Promise<number> {
  const claimed = await tx.article.updateMany({ where: { id: article.id, version: article.version }, data: { version: article.version + 1 } });
  if (claimed.count === 0) {
    throw new AppError("CONFLICT", `稿件 #${article.id}“${article.headline}”刚被编辑部修改，本次导入未写入任何内容`, {
      operatorMessage: `Story #${article.id} "${article.headline}" was changed in the newsroom during the import; nothing was imported. Run the import again.`,
    });
  }
  return article.version + 1;
}

export interface TStoreStoryOptions {
  parsed: TParsedArticle;
  publicationId: number;
  pageId: number;
  /** Print order on the page. */
  position: number;
  actor: TActor;
  /** The earlier import of the same story on this page, replaced in place. */
  replacing: TImportedStory | null;
}

export async function storeImportedStory(tx: TTransaction, options: TStoreStoryOptions): Promise<{ id: number; version: number }> {
  const { parsed, replacing } = options;
  // Continuation text imported from other pages stays with the story, as long as it still jumps there.
  const laterParts = replacing?.bodyParts.slice(1) ?? [];
  const keepLater = laterParts.some((part) => part.blocks.length > 0);
  if (keepLater && replacing?.bodyParts[0]?.jumpToPage !== parsed.jumpToPage) {
    const was = replacing?.bodyParts[0]?.jumpToPage;
    throw new AppError(
      "IMPORTED_STORIES_EDITED",
      `“${replacing?.headline}”已导入第${was}版的续文，新版面却${parsed.jumpToPage ? `转到第${parsed.jumpToPage}版` : "没有转版"}`,
      {
        operatorMessage: `Not replacing #${replacing?.id} ${replacing?.headline}: its continuation on page ${was} was imported, but the new text ${parsed.jumpToPage ? `jumps to page ${parsed.jumpToPage}` : "does not jump"}.`,
      },
    );
  }
  const draft = importedDraft(parsed, options.pageId, keepLater ? laterParts : []);
  let articleId: number;
  let version: number;
  if (replacing) {
    articleId = replacing.id;
    version = await claimNextVersion(tx, replacing);
  } else {
    const created = await tx.article.create({
      data: {
        publicationId: options.publicationId,
        kind: draft.kind,
        origin: "import",
        headline: draft.headline,
        body: asJson(draft.body),
        plainText: "",
        charCount: 0,
      },
    });
    articleId = created.id;
    version = 1;
  }
  await writeArticleDraft(tx, {
    articleId,
    draft,
    version,
    userId: null,
    placement: { createMissingPages: true, positions: new Map([[options.pageId, options.position]]) },
  });
  await tx.article.update({ where: { id: articleId }, data: { importedVersion: version, importWarnings: parsed.warnings ?? [] } });
  await recordRevision(tx, { articleId, actor: options.actor, reason: "import" });
  return { id: articleId, version };
}

// Attaches a 上接第N版 part to the story it continues: its text becomes that story's part on this page,
// as a new version of the story's working draft (the newsroom's unpublished edits, if any, stay in it).
import "server-only";
import { parseArticleDraft, writeArticleDraft } from "@/lib/articles/article-draft";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { recordRevision } from "@/lib/articles/record-revision";
import type { TActor } from "@/lib/auth/actor";
import { joinParts, splitIntoParts } from "@/lib/content/parts";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TParsedArticle } from "../types";
import { newsroomTouch } from "./existing-import";
import { matchContinuation } from "./match-continuation";
import { claimNextVersion, importedBlocks } from "./store-story";

export interface TAttachContinuationOptions {
  parsed: TParsedArticle;
  issueId: number;
  pageId: number;
  pageNumber: number;
  /** Print order on this page. */
  position: number;
  actor: TActor;
  warnings: string[];
}

export interface TAttachedContinuation {
  id: number;
  version: number;
  /** Why the story belongs to the newsroom (edited, published… there), or null while it is as imported. */
  touched: string | null;
}

/** The story a 上接第N版 part continues: same issue, runs on page N and jumps to this page. */
async function findContinuedStory(tx: TTransaction, options: TAttachContinuationOptions) {
  const fromPage = options.parsed.jumpFromPage;
  const candidates = await tx.article.findMany({
    where: {
      AND: [
        { placements: { some: { page: { issueId: options.issueId, number: fromPage ?? -1 } } } },
        { placements: { some: { pageId: options.pageId, sequence: { gt: 0 } } } },
      ],
    },
    include: { placements: true },
  });
  const match = matchContinuation(candidates, options.parsed.headline);
  if (match.kind === "matched") return match.story;
  const listed = candidates.map((candidate) => `#${candidate.id} ${candidate.headline}`).join("; ") || "none";
  throw new AppError(
    "CONTINUATION_NOT_MATCHED",
    `“${options.parsed.headline}”（上接第${fromPage}版）在第${fromPage}版找不到唯一对应的稿件，请先导入第${fromPage}版或核对标题`,
    {
      operatorMessage: `The story continued from page ${fromPage} (上接第${fromPage}版) "${options.parsed.headline}" matches ${match.matches} stories on page ${fromPage} that jump to page ${options.pageNumber} (candidates: ${listed}). Import page ${fromPage} first, or check the headline.`,
    },
  );
}

export async function attachContinuation(tx: TTransaction, options: TAttachContinuationOptions): Promise<TAttachedContinuation> {
  const story = await findContinuedStory(tx, options);
  const placement = story.placements.find((candidate) => candidate.pageId === options.pageId);
  if (!placement) throw new Error(`story #${story.id} has no placement on page #${options.pageId}`);
  const touched = await newsroomTouch(tx, story);
  const editable = await getEditableArticle(story.id, tx);
  const bodyParts = splitIntoParts(editable.draft.body);
  while (bodyParts.length <= placement.sequence) bodyParts.push({ blocks: [], jumpToPage: null });
  const target = bodyParts[placement.sequence];
  if (!target) throw new Error("continuation part out of range");
  target.blocks = importedBlocks(options.parsed);

  const jumpOn = options.parsed.jumpToPage;
  if (jumpOn !== null) {
    if (placement.sequence === bodyParts.length - 1) {
      target.jumpToPage = jumpOn;
      bodyParts.push({ blocks: [], jumpToPage: null });
    } else if (target.jumpToPage !== jumpOn) {
      options.warnings.push(
        `"${story.headline}" continues on page ${jumpOn} here, but the story already continues on page ${target.jumpToPage}; kept page ${target.jumpToPage}.`,
      );
    }
  }
  const version = await claimNextVersion(tx, story);
  const draft = parseArticleDraft({ ...editable.draft, body: joinParts(bodyParts) });
  await writeArticleDraft(tx, {
    articleId: story.id,
    draft,
    version,
    userId: null,
    placement: { createMissingPages: true, positions: new Map([[options.pageId, options.position]]) },
  });
  // An import that continues an untouched imported story keeps it replaceable.
  if (touched === null) await tx.article.update({ where: { id: story.id }, data: { importedVersion: version } });
  await recordRevision(tx, { articleId: story.id, actor: options.actor, reason: "import-continuation" });
  return { id: story.id, version, touched };
}

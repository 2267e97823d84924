// What an earlier import left on a page, and whether the newsroom has touched it since: an imported story
// may be replaced (in place, keeping its id and history) only while nobody in the newsroom acted on it.
import "server-only";
import { splitIntoParts, type TBodyPart } from "@/lib/content/parts";
import { ZStoredStoryDocument } from "@/lib/content/stored-document";
import type { TTransaction } from "@/lib/db/client";

export interface TImportedStory {
  id: number;
  headline: string;
  version: number;
  liveSnapshotId: number | null;
  /** Ever published (a snapshot exists): such a story and its history are never deleted. */
  everPublished: boolean;
  bodyParts: TBodyPart[];
}

export interface TExistingImport {
  /** Imported stories that start on this page. */
  starting: TImportedStory[];
  /** Stories from other pages whose part on this page already holds imported text. */
  continuedIds: number[];
  /** Why some of them may not be replaced. */
  touched: Array<{ id: number; headline: string; why: string }>;
}

/** Why the newsroom owns this story now, or null while it is as the importer left it. */
export async function newsroomTouch(tx: TTransaction, article: { id: number; version: number; importedVersion: number | null }): Promise<string | null> {
  if (article.importedVersion === null) return "created in the newsroom";
  if (article.version !== article.importedVersion) return "edited in the newsroom";
  // Publishing, unpublishing or restoring does not change the text but is a newsroom decision all the same.
  const action = await tx.articleRevision.findFirst({ where: { articleId: article.id, actorKind: "user" }, select: { reason: true } });
  return action ? `${action.reason} in the newsroom` : null;
}

export async function findExistingImport(tx: TTransaction, pageId: number): Promise<TExistingImport> {
  const placements = await tx.articlePlacement.findMany({
    where: { pageId, article: { origin: "import" } },
    orderBy: { position: "asc" },
    include: { article: { include: { _count: { select: { snapshots: true } } } } },
  });
  const result: TExistingImport = { starting: [], continuedIds: [], touched: [] };
  for (const placement of placements) {
    const { article } = placement;
    const bodyParts = splitIntoParts(ZStoredStoryDocument.parse(article.body));
    const holdsText = (bodyParts[placement.sequence]?.blocks.length ?? 0) > 0;
    if (placement.sequence > 0 && !holdsText) continue;
    const why = await newsroomTouch(tx, article);
    if (why) result.touched.push({ id: article.id, headline: article.headline, why });
    if (placement.sequence > 0) {
      result.continuedIds.push(article.id);
      continue;
    }
    result.starting.push({
      id: article.id,
      headline: article.headline,
      version: article.version,
      liveSnapshotId: article.liveSnapshotId,
      everPublished: article._count.snapshots > 0,
      bodyParts,
    });
  }
  return result;
}

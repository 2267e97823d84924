// Merges a duplicate spelling into the person it really is, in one transaction: every byline moves to the
// survivor, and so does every published snapshot that names the duplicate — its contributor id and the
// name printed for it (a merge says the survivor's name is the right one, so readers see it on every
// surface; role and affiliation stay as printed, all other snapshot content is untouched). The duplicate
// stays as a merged row so its old reader URL can redirect to the survivor's.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb, type TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import type { TReaderChange } from "@/lib/reader-change/cache-tags";
import { notifyReaderChange } from "@/lib/reader-change/notify-reader-change";
import { readerChangeOf } from "@/lib/reader-change/reader-change-of";
import { readerPaths } from "@/lib/reader-change/urls";
import { ZContributorId } from "./contributor-input";
import { lockContributor } from "./lock-contributor";

export const ZMergeContributorsInput = z.object({
  /** The duplicate, which disappears into the survivor. */
  contributorId: ZContributorId,
  survivorId: ZContributorId,
});
export type TMergeContributorsInput = z.input<typeof ZMergeContributorsInput>;

/** The snapshot's bylines with the duplicate replaced by the survivor (a person named twice stays once). */
function bylinesAfterMerge(bylines: TArticleContent["bylines"], duplicateId: number, survivor: { id: number; name: string }) {
  const moved = bylines.map((byline) => (byline.contributorId === duplicateId ? { ...byline, contributorId: survivor.id, name: survivor.name } : byline));
  return moved.filter((byline, index) => moved.findIndex((other) => other.contributorId === byline.contributorId && other.role === byline.role) === index);
}

function union(changes: TReaderChange[]): TReaderChange {
  const all = (pick: (change: TReaderChange) => Array<number | string> | undefined) => [...new Set(changes.flatMap((change) => pick(change) ?? []))];
  return {
    paths: all((change) => change.paths) as string[],
    articleIds: all((change) => change.articleIds) as number[],
    issueIds: all((change) => change.issueIds) as number[],
    pageIds: all((change) => change.pageIds) as number[],
    columnIds: all((change) => change.columnIds) as number[],
    sectionIds: all((change) => change.sectionIds) as number[],
    contributorIds: all((change) => change.contributorIds) as number[],
  };
}

async function moveBylines(tx: TTransaction, duplicateId: number, survivorId: number): Promise<number> {
  // A story that already names the survivor in the same role keeps that one byline.
  await tx.$executeRaw`
    DELETE FROM "Byline" d USING "Byline" s
    WHERE d."contributorId" = ${duplicateId} AND s."contributorId" = ${survivorId} AND s."articleId" = d."articleId" AND s."role" = d."role"`;
  const moved = await tx.byline.updateMany({ where: { contributorId: duplicateId }, data: { contributorId: survivorId } });
  return moved.count;
}

async function rewriteSnapshots(tx: TTransaction, duplicateId: number, survivor: { id: number; name: string }) {
  const snapshots = await tx.articleSnapshot.findMany({
    where: { contributorIds: { has: duplicateId } },
    select: { id: true, articleId: true, content: true, liveFor: { select: { id: true } } },
  });
  const changes: TReaderChange[] = [];
  for (const snapshot of snapshots) {
    const before = ZArticleContent.parse(snapshot.content);
    const after = { ...before, bylines: bylinesAfterMerge(before.bylines, duplicateId, survivor) };
    await tx.articleSnapshot.update({
      where: { id: snapshot.id },
      data: { content: asJson(after), contributorIds: [...new Set(after.bylines.map((byline) => byline.contributorId))] },
    });
    if (snapshot.liveFor) changes.push(readerChangeOf(snapshot.articleId, [before, after]));
  }
  return { count: snapshots.length, changes };
}

export async function mergeContributors(actor: TActor, input: TMergeContributorsInput) {
  const { contributorId, survivorId } = ZMergeContributorsInput.parse(input);
  if (contributorId === survivorId) throw new AppError("INVALID_INPUT", "不能把署名人合并到自己");
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ADMIN_ROLES);
    // Both rows locked in id order, so two merges of the same people cannot deadlock or cross.
    const [first, second] = contributorId < survivorId ? [contributorId, survivorId] : [survivorId, contributorId];
    const locked = new Map([
      [first, await lockContributor(tx, first)],
      [second, await lockContributor(tx, second)],
    ]);
    const duplicate = locked.get(contributorId);
    const survivor = locked.get(survivorId);
    if (!duplicate || !survivor) throw new AppError("NOT_FOUND", "署名人不存在");
    if (duplicate.mergedIntoId !== null) throw new AppError("CONFLICT", `署名人“${duplicate.name}”已合并到 #${duplicate.mergedIntoId}`);
    if (survivor.mergedIntoId !== null || survivor.deactivatedAt !== null) {
      throw new AppError("CONFLICT", `不能合并到已停用的署名人“${survivor.name}”，请先启用或另选一位`);
    }

    const bylinesMoved = await moveBylines(tx, contributorId, survivorId);
    const snapshots = await rewriteSnapshots(tx, contributorId, survivor);
    const now = new Date();
    await tx.contributor.update({ where: { id: contributorId }, data: { mergedIntoId: survivorId, deactivatedAt: duplicate.deactivatedAt ?? now } });
    // Earlier duplicates of the duplicate now point straight at the survivor.
    await tx.contributor.updateMany({ where: { mergedIntoId: contributorId }, data: { mergedIntoId: survivorId } });

    const change = union([
      ...snapshots.changes,
      { paths: [readerPaths.byline(contributorId), readerPaths.byline(survivorId)], contributorIds: [contributorId, survivorId] },
    ]);
    await notifyReaderChange(tx, change);
    await recordAuditEvent(tx, actor, {
      action: "contributor.merged",
      entityType: "contributor",
      entityId: String(contributorId),
      payload: { name: duplicate.name, survivorId, survivorName: survivor.name, bylinesMoved, snapshotsRewritten: snapshots.count },
    });
    return { survivorId, bylinesMoved, snapshotsRewritten: snapshots.count };
  });
}

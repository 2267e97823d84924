// The one writer of working placement: which page each part of a story is printed on, its print order
// there, and where it continues (下转第N版). The editor's save, story creation, the importer and the
// admin desk all come through here, in the same transaction as the body whose jump nodes it follows.
import "server-only";
import { jumpPages } from "@/lib/content/parts";
import type { TStoryDocument } from "@/lib/content/schema";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface TWritePlacementOptions {
  articleId: number;
  /** The page where the story starts; null for a web-only story. */
  startPageId: number | null;
  body: TStoryDocument;
  /** Create the pages a jump names when the issue lacks them (the importer's 下转 to a page not yet imported). */
  createMissingPages?: boolean;
  /** Print order to use on these pages (page id → position), e.g. the order of stories on an imported page. */
  positions?: ReadonlyMap<number, number>;
}

/** The next free print position at the end of a page. */
export async function nextPositionOnPage(tx: TTransaction, pageId: number): Promise<number> {
  const last = await tx.articlePlacement.aggregate({ where: { pageId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

/**
 * Rebuilds a story's placement from its start page and its body's jump nodes: part k runs on the page named
 * by the k-th jump, in the same issue, and each part records the page it continues on. Parts keep their print
 * position on pages they already had. A jump to a page the issue lacks is kept (in the body and as the
 * previous part's `jumpToPage`) but places nothing; publishing refuses it.
 */
export async function writePlacement(tx: TTransaction, options: TWritePlacementOptions): Promise<void> {
  const { articleId, startPageId, body } = options;
  const previous = await tx.articlePlacement.findMany({ where: { articleId }, orderBy: { sequence: "asc" } });
  const kept = new Map(previous.map((placement) => [placement.pageId, placement.position]));
  const jumps = jumpPages(body);
  if (startPageId === null) {
    if (jumps.length > 0) throw new AppError("INVALID_INPUT", "网络稿件没有版面，不能转版；请先选择见报版面或删除“下转”标记");
    if (previous.length > 0) await tx.articlePlacement.deleteMany({ where: { articleId } });
    return;
  }
  const start = await tx.page.findUnique({ where: { id: startPageId } });
  if (!start) throw new AppError("INVALID_INPUT", `版面 #${startPageId} 不存在`);
  const numbers = [start.number, ...jumps];
  if (new Set(numbers).size !== numbers.length) throw new AppError("INVALID_INPUT", "同一篇稿件不能两次转到同一版面");
  if (options.createMissingPages) {
    for (const number of jumps) {
      await tx.page.upsert({ where: { issueId_number: { issueId: start.issueId, number } }, update: {}, create: { issueId: start.issueId, number } });
    }
  }
  const pages = await tx.page.findMany({ where: { issueId: start.issueId, number: { in: numbers } } });
  const wanted: Array<{ sequence: number; pageId: number; position: number | undefined; jumpToPage: number | null }> = [];
  for (const [sequence, number] of numbers.entries()) {
    const page = pages.find((candidate) => candidate.number === number);
    if (page)
      wanted.push({ sequence, pageId: page.id, position: options.positions?.get(page.id) ?? kept.get(page.id), jumpToPage: numbers[sequence + 1] ?? null });
  }
  // Most saves (every autosave while typing) leave the placement as it is: then nothing is written.
  const unchanged =
    wanted.length === previous.length &&
    wanted.every((row, index) => {
      const old = previous[index];
      return old && old.sequence === row.sequence && old.pageId === row.pageId && old.position === row.position && old.jumpToPage === row.jumpToPage;
    });
  if (unchanged) return;
  await tx.articlePlacement.deleteMany({ where: { articleId } });
  for (const row of wanted) {
    const position = row.position ?? (await nextPositionOnPage(tx, row.pageId));
    await tx.articlePlacement.create({ data: { articleId, sequence: row.sequence, pageId: row.pageId, position, jumpToPage: row.jumpToPage } });
  }
}

/** Puts stories in this print order on a page; stories of the page not named keep their order after them. */
export async function setPrintOrder(tx: TTransaction, pageId: number, articleIds: readonly number[]): Promise<void> {
  const placements = await tx.articlePlacement.findMany({ where: { pageId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const named = articleIds.flatMap((id) => placements.filter((placement) => placement.articleId === id));
  const rest = placements.filter((placement) => !articleIds.includes(placement.articleId));
  for (const [index, placement] of [...named, ...rest].entries()) {
    if (placement.position !== index + 1) await tx.articlePlacement.update({ where: { id: placement.id }, data: { position: index + 1 } });
  }
}

/**
 * Gives the live (published) placements on a page the print order the desk set for the working ones, so a
 * reordered page shows in that order to readers without republishing each story. Returns whether anything
 * readers see changed.
 */
export async function setPublishedPrintOrder(tx: TTransaction, pageId: number): Promise<boolean> {
  const [working, published] = await Promise.all([
    tx.articlePlacement.findMany({ where: { pageId }, select: { articleId: true, position: true } }),
    tx.snapshotPlacement.findMany({
      where: { pageId, snapshot: { liveFor: { isNot: null } } },
      select: { id: true, position: true, snapshot: { select: { articleId: true } } },
    }),
  ]);
  const positions = new Map(working.map((placement) => [placement.articleId, placement.position]));
  let changed = false;
  for (const placement of published) {
    const position = positions.get(placement.snapshot.articleId);
    if (position === undefined || position === placement.position) continue;
    await tx.snapshotPlacement.update({ where: { id: placement.id }, data: { position } });
    changed = true;
  }
  return changed;
}

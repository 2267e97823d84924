// A draft the server does not have yet (unsaved, failed or in conflict), kept in this browser per story so
// that leaving the page, a crash or a refused save never loses it; offered back when the story is opened.

import { z } from "zod";
import { type TEditableDraft, ZEditableDraft } from "@/lib/newsroom-client/schemas";

export interface TKeptDraft {
  articleId: number;
  /** The server version the kept draft was based on. */
  baseVersion: number;
  draft: TEditableDraft;
  keptAt: string;
}

const ZKeptDraft = z.object({ articleId: z.number().int(), baseVersion: z.number().int(), draft: ZEditableDraft, keptAt: z.string() });

/** The minimal storage this needs (window.localStorage in the browser, a Map-backed stand-in in tests). */
export type TDraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const keptDraftKey = (articleId: number) => `jzrb:editor:kept-draft:${articleId}`;

export function keepDraft(storage: TDraftStorage, kept: TKeptDraft): void {
  try {
    storage.setItem(keptDraftKey(kept.articleId), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the page itself still holds the text, and leaving still asks.
  }
}

/** The kept draft for a story, when there is one that differs from what the server holds now. */
export function readKeptDraft(storage: TDraftStorage, articleId: number, serverDraft: TEditableDraft): TKeptDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(keptDraftKey(articleId));
  } catch {
    return null;
  }
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const kept = ZKeptDraft.safeParse(parsed);
  if (!kept.success || kept.data.articleId !== articleId) return null;
  if (JSON.stringify(kept.data.draft) === JSON.stringify(serverDraft)) return null;
  return kept.data;
}

export function forgetKeptDraft(storage: TDraftStorage, articleId: number): void {
  try {
    storage.removeItem(keptDraftKey(articleId));
  } catch {
    // Nothing to do: an unreadable store offers nothing back.
  }
}

/** The address a click on `anchor` would go to inside this site, or null when the click is not leaving the editor. */
export function inAppDestination(
  anchor: { href: string; target: string; hasAttribute(name: string): boolean },
  current: string,
  click: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean },
): string | null {
  if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  let to: URL;
  let from: URL;
  try {
    to = new URL(anchor.href, current);
    from = new URL(current);
  } catch {
    return null;
  }
  if (to.origin !== from.origin) return null;
  // A jump within the page does not leave it.
  if (to.pathname === from.pathname && to.search === from.search) return null;
  return to.toString();
}

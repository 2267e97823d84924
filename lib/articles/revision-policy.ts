// Keeps the history readable: consecutive autosaves by one editor within a short window are folded into
// one revision; explicit saves, publishes, unpublishes and restores always get their own.
export const AUTOSAVE_COALESCE_WINDOW_MS = 10 * 60 * 1000;

export interface TRevisionStamp {
  reason: string;
  authorId: string | null;
  createdAt: Date;
}

export function shouldCoalesceRevision(latest: TRevisionStamp | null, next: { reason: string; authorId: string | null }, now: Date): boolean {
  if (!latest || next.reason !== "autosave" || latest.reason !== "autosave") return false;
  if (latest.authorId === null || latest.authorId !== next.authorId) return false;
  return now.getTime() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_WINDOW_MS;
}

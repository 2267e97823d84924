// The one rule of what readers may see. Every reader page, feed, sitemap and search goes through it:
// a story's live (currently published) snapshot, and — when it is placed in a print issue — only once
// that issue is released.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

export function visibleSnapshotWhere(now: Date = new Date()): Prisma.ArticleSnapshotWhereInput {
  return {
    liveFor: { isNot: null },
    OR: [{ issueId: null }, { issue: { releasedAt: { not: null, lte: now } } }],
  };
}

export function releasedIssueWhere(now: Date = new Date()): Prisma.IssueWhereInput {
  return { releasedAt: { not: null, lte: now } };
}

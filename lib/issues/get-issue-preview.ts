// The whole issue as readers will see it once released: every page with the published versions of its
// stories in print order, whether or not the issue is released yet. For the newsroom (admins and editors).
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { type TArticleContent, ZArticleContent } from "@/lib/content/article-content";
import { getDb } from "@/lib/db/client";
import { issueDateFromDb } from "./issue-date";
import { issueStatus, type TIssueStatus } from "./issue-status";

export interface TIssuePreview {
  id: number;
  date: string;
  status: TIssueStatus;
  pages: Array<{ number: number; name: string | null; stories: Array<{ articleId: number; sequence: number; content: TArticleContent }> }>;
}

export async function getIssuePreview(actor: TActor, issueId: number): Promise<TIssuePreview | null> {
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN", "EDITOR"]);
    const issue = await tx.issue.findUnique({
      where: { id: issueId },
      include: {
        pages: {
          orderBy: { number: "asc" },
          include: {
            published: {
              where: { snapshot: { liveFor: { isNot: null } } },
              orderBy: [{ position: "asc" }, { id: "asc" }],
              select: { sequence: true, snapshot: { select: { articleId: true, content: true } } },
            },
          },
        },
      },
    });
    if (!issue) return null;
    return {
      id: issue.id,
      date: issueDateFromDb(issue.date),
      status: issueStatus(issue),
      pages: issue.pages.map((page) => ({
        number: page.number,
        name: page.name,
        stories: page.published.map((placement) => ({
          articleId: placement.snapshot.articleId,
          sequence: placement.sequence,
          content: ZArticleContent.parse(placement.snapshot.content),
        })),
      })),
    };
  });
}

// The pages of issues as the desk shows them: each page's stories in print order with their status and
// jumps, and the problems to fix before release (lib/issues/page-problems.ts).
import "server-only";
import { ZStoryDocument } from "@/lib/content/schema";
import type { TTransaction } from "@/lib/db/client";
import { pageProblems } from "@/lib/issues/page-problems";
import { editorialStatus, type TEditorialStatus } from "./status";

export interface TDeskStory {
  articleId: number;
  headline: string;
  kind: string;
  status: TEditorialStatus;
  version: number;
  /** Which part is printed here: 0 where the story starts. */
  sequence: number;
  position: number;
  /** 上接第N版: the page of the part before this one. */
  fromPage: number | null;
  /** 下转第N版. */
  jumpToPage: number | null;
}

export interface TDeskPage {
  id: number;
  issueId: number;
  number: number;
  name: string | null;
  sectionId: number | null;
  sectionName: string | null;
  stories: TDeskStory[];
  problems: string[];
}

export async function loadDeskPages(tx: TTransaction, issueIds: readonly number[]): Promise<Map<number, TDeskPage[]>> {
  const pages = await tx.page.findMany({
    where: { issueId: { in: [...issueIds] } },
    orderBy: [{ issueId: "asc" }, { number: "asc" }],
    include: {
      section: { select: { name: true } },
      placements: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: {
          article: {
            select: {
              headline: true,
              kind: true,
              version: true,
              body: true,
              liveSnapshot: { select: { version: true } },
              placements: { select: { sequence: true, page: { select: { number: true } } } },
            },
          },
        },
      },
    },
  });
  const byIssue = new Map<number, TDeskPage[]>(issueIds.map((id) => [id, []]));
  for (const page of pages) {
    const numbers = new Set(pages.filter((other) => other.issueId === page.issueId).map((other) => other.number));
    const stories = page.placements.map((placement) => {
      const { article } = placement;
      const previous = article.placements.find((part) => part.sequence === placement.sequence - 1);
      return {
        articleId: placement.articleId,
        headline: article.headline,
        kind: article.kind,
        status: editorialStatus(article),
        version: article.version,
        sequence: placement.sequence,
        position: placement.position,
        fromPage: previous?.page.number ?? null,
        jumpToPage: placement.jumpToPage,
        body: ZStoryDocument.parse(article.body),
      };
    });
    const problems = pageProblems(
      stories.map((story) => ({ headline: story.headline, sequence: story.sequence, isDraft: story.status === "draft", body: story.body })),
      numbers,
    );
    byIssue.get(page.issueId)?.push({
      id: page.id,
      issueId: page.issueId,
      number: page.number,
      name: page.name,
      sectionId: page.sectionId,
      sectionName: page.section?.name ?? null,
      stories: stories.map(({ body: _body, ...story }) => story),
      problems,
    });
  }
  return byIssue;
}

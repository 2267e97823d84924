// What the desk flags on a page before release: no story, stories still in draft, a 下转 to a page the
// issue lacks or whose continuation is empty, a 上接 whose story is unpublished. Pure.
import type { TStoryDocument } from "@/lib/content/schema";
import { describeJumpDefect, jumpDefects } from "./jump-defects";

export interface TProblemStory {
  headline: string;
  /** Which part of the story is printed on this page. */
  sequence: number;
  /** Never published: readers see nothing of it. */
  isDraft: boolean;
  body: TStoryDocument;
}

const title = (headline: string) => `《${headline || "无标题图片"}》`;

export function pageProblems(stories: readonly TProblemStory[], issuePageNumbers: ReadonlySet<number>): string[] {
  if (stories.length === 0) return ["本版还没有稿件"];
  return stories.flatMap((story) => {
    const problems: string[] = [];
    if (story.isDraft) problems.push(story.sequence === 0 ? `${title(story.headline)}还是草稿，尚未发布` : `上接的${title(story.headline)}尚未发布`);
    for (const defect of jumpDefects(story.body, issuePageNumbers)) {
      if (defect.fromPart === story.sequence) problems.push(`${title(story.headline)}${describeJumpDefect(defect)}`);
    }
    return problems;
  });
}

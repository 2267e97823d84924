// The published stories of an issue whose 下转 leads readers nowhere: what a release must not show.
// `refuseDanglingJumps` is the check the release commands run; `findDanglingJumps` lists them.
import "server-only";
import { ZArticleContent } from "@/lib/content/article-content";
import type { TTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeJumpDefect, jumpDefects } from "./jump-defects";

export interface TDanglingJump {
  articleId: number;
  headline: string;
  problems: string[];
}

export async function findDanglingJumps(tx: TTransaction, issueId: number): Promise<TDanglingJump[]> {
  const [pages, snapshots] = await Promise.all([
    tx.page.findMany({ where: { issueId }, select: { number: true } }),
    tx.articleSnapshot.findMany({
      where: { issueId, liveFor: { isNot: null } },
      select: { articleId: true, headline: true, content: true },
      orderBy: { articleId: "asc" },
    }),
  ]);
  const numbers = new Set(pages.map((page) => page.number));
  return snapshots.flatMap((snapshot) => {
    const defects = jumpDefects(ZArticleContent.parse(snapshot.content).body, numbers);
    return defects.length === 0 ? [] : [{ articleId: snapshot.articleId, headline: snapshot.headline, problems: defects.map(describeJumpDefect) }];
  });
}

export async function refuseDanglingJumps(tx: TTransaction, issueId: number, verb: string): Promise<void> {
  const dangling = await findDanglingJumps(tx, issueId);
  if (dangling.length === 0) return;
  const list = dangling.map((story) => `《${story.headline || "无标题图片"}》${story.problems.join("；")}`);
  throw new AppError("CONFLICT", `不能${verb}：以下已发布稿件的转版有问题——${list.join("；")}。请先补齐版面或转版内容。`, {
    details: { stories: dangling },
  });
}

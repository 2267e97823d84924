// The desk's "release now": every published story of the issue becomes visible at one moment (one UPDATE of
// the issue's releasedAt, which the visibility rule reads), refused while a published 下转 leads nowhere.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refuseDanglingJumps } from "./dangling-jumps";
import { issueStatus } from "./issue-status";
import { releaseIssueInTransaction } from "./release-issue";

export const ZIssueCommandInput = z.object({ issueId: z.number().int().positive() });

export async function releaseIssueNow(actor: TActor, input: z.input<typeof ZIssueCommandInput>): Promise<{ id: number; releasedAt: string }> {
  const { issueId } = ZIssueCommandInput.parse(input);
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    const issue = await tx.issue.findUnique({ where: { id: issueId } });
    if (!issue) throw new AppError("NOT_FOUND", `期 #${issueId} 不存在`);
    if (issueStatus(issue) === "released") throw new AppError("CONFLICT", "这一期已经发布");
    await refuseDanglingJumps(tx, issueId, "发布这一期");
    const released = await releaseIssueInTransaction(tx, actor, { issueId });
    return { id: released.id, releasedAt: (released.releasedAt ?? new Date()).toISOString() };
  });
}

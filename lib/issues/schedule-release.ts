// Schedules an issue's release for a later time: its releasedAt is set to that time, which the visibility rule
// treats as unreleased until it arrives, so readers see it at that moment whether or not anything runs. The
// reader caches are told then by one app instance (announce-due-releases.ts).
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refreshReaderDates } from "@/lib/reader-change/reader-dates";
import { refuseDanglingJumps } from "./dangling-jumps";
import { issueDateFromDb } from "./issue-date";
import { issueStatus } from "./issue-status";
import { wakeReleaseScheduler } from "./release-scheduler";

export const ZScheduleReleaseInput = z.object({
  issueId: z.number().int().positive(),
  at: z.iso.datetime({ offset: true, message: "发布时间格式不正确" }).transform((value) => new Date(value)),
});
export type TScheduleReleaseInput = z.input<typeof ZScheduleReleaseInput>;

export async function scheduleRelease(actor: TActor, input: TScheduleReleaseInput, now: Date = new Date()): Promise<{ id: number; releasedAt: string }> {
  const { issueId, at } = ZScheduleReleaseInput.parse(input);
  if (at <= now) throw new AppError("INVALID_INPUT", "定时发布的时间必须晚于现在；要立即发布请用“立即发布”");
  const result = await getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, ["ADMIN"]);
    await tx.$queryRaw`SELECT "id" FROM "Issue" WHERE "id" = ${issueId} FOR UPDATE`;
    const issue = await tx.issue.findUnique({ where: { id: issueId } });
    if (!issue) throw new AppError("NOT_FOUND", `期 #${issueId} 不存在`);
    if (issueStatus(issue, now) === "released") throw new AppError("CONFLICT", "这一期已经发布；要改期请先撤回发布");
    await refuseDanglingJumps(tx, issueId, "定时发布这一期");
    await tx.issue.update({ where: { id: issueId }, data: { releasedAt: at, releaseNotifiedAt: null } });
    await refreshReaderDates(tx, { issueId });
    await recordAuditEvent(tx, actor, {
      action: "issue.release_scheduled",
      entityType: "issue",
      entityId: String(issueId),
      payload: { issueDate: issueDateFromDb(issue.date), releasedAt: at.toISOString(), previousReleasedAt: issue.releasedAt?.toISOString() ?? null },
    });
    return { id: issueId, releasedAt: at.toISOString() };
  });
  // This instance's timer learns of it at once; the others on their next look (release-scheduler.ts).
  wakeReleaseScheduler();
  return result;
}

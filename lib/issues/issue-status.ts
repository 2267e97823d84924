// An issue's release status as the desk shows it: planned (not released), scheduled (released at a later
// time, invisible until then) or released. Pure, so lists and commands agree on it.
export const ISSUE_STATUSES = ["planned", "scheduled", "released"] as const;
export type TIssueStatus = (typeof ISSUE_STATUSES)[number];

export const ISSUE_STATUS_LABELS: Record<TIssueStatus, string> = { planned: "筹备中", scheduled: "已定时", released: "已发布" };

export function issueStatus(issue: { releasedAt: Date | null }, now: Date = new Date()): TIssueStatus {
  if (issue.releasedAt === null) return "planned";
  return issue.releasedAt > now ? "scheduled" : "released";
}

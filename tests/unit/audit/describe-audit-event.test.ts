// The audit page's words for events: summaries of known payloads, a fallback for unknown ones, targets.
import { describe, expect, it } from "vitest";
import { actionLabel, actorLabel, auditTarget, summarizeAuditPayload } from "@/lib/audit/describe-audit-event";

describe("audit event descriptions", () => {
  it("summarise the payloads of the desk's events", () => {
    expect(summarizeAuditPayload("contributor.merged", { name: "王文按", survivorId: 3, survivorName: "王文安", bylinesMoved: 2, snapshotsRewritten: 1 })).toBe(
      "“王文按”并入“王文安”（#3）：移动 2 条署名，更新 1 个已发布版本",
    );
    expect(
      summarizeAuditPayload("contributor.updated", {
        before: { name: "李明", affiliation: null, defaultRole: "reporter" },
        after: { name: "李明", affiliation: "本报", defaultRole: "photographer" },
      }),
    ).toBe("单位：无 → 本报；默认角色：记者 → 摄影");
    expect(summarizeAuditPayload("user.role_changed", { email: "a@jzrb.test", from: "EDITOR", to: "ADMIN" })).toBe("a@jzrb.test：编辑 → 管理员");
    expect(summarizeAuditPayload("column.renamed", { before: { name: "甲", slug: "a" }, after: { name: "甲", slug: "b" } })).toBe("网址名：a → b");
  });

  it("show unknown events by name with their fields", () => {
    expect(actionLabel("issue.scheduled")).toBe("issue.scheduled");
    expect(summarizeAuditPayload("issue.scheduled", { issueDate: "2026-12-01", at: "05:00" })).toBe("issueDate：2026-12-01；at：05:00");
  });

  it("name actors and link targets", () => {
    expect(actorLabel({ actorKind: "system", actorSource: "auth", actorName: null, actorUserId: null })).toBe("系统（登录系统）");
    expect(actorLabel({ actorKind: "user", actorSource: null, actorName: "总编", actorUserId: "u1" })).toBe("总编");
    expect(auditTarget("article", "12")).toEqual({ label: "稿件 #12", href: "/newsroom/articles/12" });
    expect(auditTarget("user", "x@jzrb.test")).toEqual({ label: "账号 x@jzrb.test", href: null });
    expect(auditTarget("contributor", "3").href).toBe("/newsroom/contributors/3");
  });
});

// The audit trail's list against a real PostgreSQL: filters by actor, type, target and Asia/Shanghai days,
// and keyset pages that neither skip nor repeat rows, even when many share one timestamp.
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { getDb } from "@/lib/db/client";
import { createTestUser } from "../helpers/factories";

async function event(data: { at: string; action: string; entityType: string; entityId: string; actorUserId?: string; actorSource?: string }) {
  return getDb().auditEvent.create({
    data: {
      at: new Date(data.at),
      actorKind: data.actorUserId ? "user" : "system",
      actorUserId: data.actorUserId ?? null,
      actorSource: data.actorSource ?? null,
      action: data.action,
      entityType: data.entityType,
      entityId: data.entityId,
      payload: {},
    },
  });
}

describe("the audit trail", () => {
  it("filters by actor, type, target and Asia/Shanghai date range", async () => {
    const { user } = await createTestUser({ role: "ADMIN", name: "总编" });
    const a = await event({ at: "2026-11-30T15:59:00Z", action: "article.published", entityType: "article", entityId: "7", actorUserId: user.id });
    const b = await event({ at: "2026-11-30T16:30:00Z", action: "contributor.merged", entityType: "contributor", entityId: "3", actorUserId: user.id });
    const c = await event({ at: "2026-12-01T10:00:00Z", action: "auth.sign_in_failed", entityType: "user", entityId: "x@jzrb.test", actorSource: "auth" });
    const ids = async (filter: Parameters<typeof listAuditEvents>[0]) => (await listAuditEvents(filter)).rows.map((row) => row.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ actor: `user:${user.id}` })).toEqual([b.id, a.id]);
    expect(await ids({ actor: "system:auth" })).toEqual([c.id]);
    expect(await ids({ type: "contributor.merged" })).toEqual([b.id]);
    expect(await ids({ type: "article.published" })).toEqual([a.id]);
    expect(await ids({ targetType: "article", targetId: "7" })).toEqual([a.id]);
    // 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai.
    expect(await ids({ from: "2026-12-01", to: "2026-12-01" })).toEqual([c.id, b.id]);
    expect(await ids({ to: "2026-11-30" })).toEqual([a.id]);
    const [row] = (await listAuditEvents({ type: "contributor.merged" })).rows;
    expect(row).toMatchObject({ actorName: "总编", actorKind: "user" });
    await expect(listAuditEvents({ actor: "robert'); DROP TABLE" })).rejects.toThrow(/操作者格式不正确/);
  });

  it("pages by keyset without skipping or repeating rows that share a timestamp", async () => {
    const db = getDb();
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({
        at: new Date(Date.UTC(2026, 10, 30, 8, 0, Math.floor(n / 7))),
        actorKind: "system" as const,
        actorSource: "import",
        action: "article.saved",
        entityType: "article",
        entityId: String(n),
        payload: {},
      })),
    });
    const seen: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = await listAuditEvents({ after }, 50);
      seen.push(...result.rows.map((row) => row.id));
      if (!result.next) break;
      after = result.next;
    }
    const all = await db.auditEvent.findMany({ orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(all.map((row) => row.id));
    expect(seen).toHaveLength(120);
  });
});

// The SQL of one page of the audit trail (lib/audit/list-audit-events.ts runs it; bench/admin.ts explains
// it): conditions on indexed columns, newest first by (at, id), rows after the keyset cursor.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { TAuditFilter } from "./list-audit-events";

/** Midnight in Asia/Shanghai (UTC+8 all year, no daylight saving) of a calendar day. */
function shanghaiMidnight(date: string, plusDays = 0): Date {
  const utc = new Date(`${date}T00:00:00+08:00`);
  return new Date(utc.getTime() + plusDays * 86_400_000);
}

export function auditListQuery(filter: TAuditFilter, limit: number): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.actor?.kind === "user") conditions.push(Prisma.sql`e."actorUserId" = ${filter.actor.id}`);
  if (filter.actor?.kind === "system") conditions.push(Prisma.sql`e."actorSource" = ${filter.actor.id}`);
  if (filter.type) conditions.push(Prisma.sql`e."action" = ${filter.type}`);
  if (filter.targetType) conditions.push(Prisma.sql`e."entityType" = ${filter.targetType}`);
  if (filter.targetId) conditions.push(Prisma.sql`e."entityId" = ${filter.targetId}`);
  if (filter.from) conditions.push(Prisma.sql`e."at" >= ${shanghaiMidnight(filter.from)}`);
  if (filter.to) conditions.push(Prisma.sql`e."at" < ${shanghaiMidnight(filter.to, 1)}`);
  if (filter.after) conditions.push(Prisma.sql`(e."at", e."id") < (${filter.after.at}, ${filter.after.id})`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`
    SELECT e."id", e."at", e."actorKind"::text AS "actorKind", e."actorUserId", e."actorSource",
           COALESCE(u."name", u."email") AS "actorName", e."action", e."entityType", e."entityId", e."payload"
    FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."actorUserId"
    ${where}
    ORDER BY e."at" DESC, e."id" DESC
    LIMIT ${limit}`;
}

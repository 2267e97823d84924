// The audit trail, newest first, filtered by actor, target, type and date range, paginated by keyset
// (at, id) so every page costs the same at a million rows: each filter has an index ending in (at, id).
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { auditListQuery } from "./audit-list-query";

export const AUDIT_PAGE_SIZE = 50;

/** "user:<id>" for a person, "system:<source>" for a tool. */
const ZActorFilter = z
  .string()
  .regex(/^(user:[\w-]{1,100}|system:(import|seed|cli|auth))$/, { message: "操作者格式不正确" })
  .transform((value) => {
    const [kind, ...rest] = value.split(":");
    return { kind: kind === "user" ? ("user" as const) : ("system" as const), id: rest.join(":") };
  });

/** The cursor of the next page: the last row's time and id. */
const ZCursor = z
  .string()
  .regex(/^\d{13}_\d{1,10}$/, { message: "分页参数不正确" })
  .transform((value) => {
    const [at, id] = value.split("_").map(Number);
    return { at: new Date(at ?? 0), id: id ?? 0 };
  });

const ZDay = z.iso.date({ message: "日期格式应为 YYYY-MM-DD" });

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZAuditFilter = z.object({
  actor: optional(ZActorFilter),
  /** An action name such as "article.published" (exact: it has its own index). */
  type: optional(
    z
      .string()
      .regex(/^[a-z_]+\.[a-z_]+$/, { message: "类型格式不正确" })
      .max(60),
  ),
  targetType: optional(
    z
      .string()
      .regex(/^[a-z_]+$/, { message: "对象类型格式不正确" })
      .max(30),
  ),
  targetId: optional(z.string().trim().min(1).max(200)),
  /** Asia/Shanghai calendar days, inclusive. */
  from: optional(ZDay),
  to: optional(ZDay),
  after: optional(ZCursor),
});
export type TAuditFilterInput = z.input<typeof ZAuditFilter>;
export type TAuditFilter = z.output<typeof ZAuditFilter>;

export interface TAuditRow {
  id: number;
  at: Date;
  actorKind: "user" | "system";
  actorUserId: string | null;
  actorSource: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  payload: unknown;
}

export async function listAuditEvents(input: TAuditFilterInput, limit: number = AUDIT_PAGE_SIZE): Promise<{ rows: TAuditRow[]; next: string | null }> {
  const rows = await getDb().$queryRaw<TAuditRow[]>(auditListQuery(ZAuditFilter.parse(input), limit + 1));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? `${last.at.getTime()}_${last.id}` : null };
}

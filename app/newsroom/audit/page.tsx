import type { Metadata } from "next";
import Link from "next/link";
import { DESK_NOTE_STYLE } from "@/components/newsroom/desk-note";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { AUDIT_ACTION_CHOICES, AUDIT_TARGET_TYPES, actionLabel, actorLabel, auditTarget, summarizeAuditPayload } from "@/lib/audit/describe-audit-event";
import { listAuditEvents, ZAuditFilter } from "@/lib/audit/list-audit-events";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "操作日志" };

const FIELDS = ["actor", "type", "targetType", "targetId", "from", "to", "after"] as const;
const SYSTEM_ACTORS = [
  ["system:import", "系统（导入程序）"],
  ["system:auth", "系统（登录系统）"],
  ["system:cli", "系统（命令行）"],
  ["system:seed", "系统（初始数据）"],
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser(["ADMIN"], "/newsroom/audit");
  const raw = await searchParams;
  const query: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = raw[name];
    if (typeof value === "string" && value !== "") query[name] = value;
  }
  const valid = ZAuditFilter.safeParse(query);
  const [page, users] = await Promise.all([
    valid.success ? listAuditEvents(query) : Promise.resolve({ rows: [], next: null }),
    getDb().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true } }),
  ]);
  const { after: _after, ...filters } = query;
  const nextHref = page.next ? `/newsroom/audit?${new URLSearchParams({ ...filters, after: page.next })}` : null;
  return (
    <main className="nr-main">
      <h1>操作日志</h1>
      <form method="get" className="nr-card nr-filters" aria-label="筛选">
        <label>
          操作者
          <select name="actor" defaultValue={query.actor ?? ""}>
            <option value="">全部</option>
            {users.map((user) => (
              <option key={user.id} value={`user:${user.id}`}>
                {user.name ? `${user.name}（${user.email}）` : user.email}
              </option>
            ))}
            {SYSTEM_ACTORS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          类型
          <select name="type" defaultValue={query.type ?? ""}>
            <option value="">全部</option>
            {AUDIT_ACTION_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          对象
          <select name="targetType" defaultValue={query.targetType ?? ""}>
            <option value="">全部</option>
            {Object.entries(AUDIT_TARGET_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          对象编号
          <input name="targetId" defaultValue={query.targetId ?? ""} size={10} />
        </label>
        <label>
          从
          <input type="date" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label>
          到
          <input type="date" name="to" defaultValue={query.to ?? ""} />
        </label>
        <button type="submit" className="nr-secondary">
          筛选
        </button>
        <Link href="/newsroom/audit">清除</Link>
      </form>
      {!valid.success && <p className="nr-error">筛选条件有误：{valid.error.issues[0]?.message}</p>}
      {page.rows.length === 0 ? (
        <p style={DESK_NOTE_STYLE}>没有符合条件的记录。</p>
      ) : (
        <table className="nr-table">
          <thead>
            <tr>
              <th scope="col">时间（北京时间）</th>
              <th scope="col">操作者</th>
              <th scope="col">类型</th>
              <th scope="col">对象</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => {
              const target = auditTarget(row.entityType, row.entityId);
              return (
                <tr key={row.id}>
                  <td>{shanghaiTime(row.at)}</td>
                  <td>{actorLabel(row)}</td>
                  <td>{actionLabel(row.action)}</td>
                  <td>{target.href ? <Link href={target.href}>{target.label}</Link> : target.label}</td>
                  <td>{summarizeAuditPayload(row.action, row.payload)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav className="nr-actions" aria-label="分页">
        {query.after && <Link href={`/newsroom/audit?${new URLSearchParams(filters)}`}>回到最新</Link>}
        {nextHref && <Link href={nextHref}>更早的记录</Link>}
      </nav>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { DeskForm } from "@/components/newsroom/desk-form";
import { DESK_NOTE_STYLE } from "@/components/newsroom/desk-note";
import { shanghaiTime } from "@/components/newsroom/shanghai-time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/session/current-user";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "账号" };

function RoleSelect({ value }: { value?: string }) {
  return (
    <label>
      角色
      <select name="role" defaultValue={value ?? "EDITOR"}>
        {Object.entries(ROLE_LABELS).map(([role, label]) => (
          <option key={role} value={role}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function AccountsPage() {
  const me = await requirePageUser(["ADMIN"], "/newsroom/accounts");
  const users = await listUsers();
  return (
    <main className="nr-main">
      <h1>账号</h1>
      <p>
        <Link href="/newsroom/accounts/password">修改我的密码</Link>
      </p>
      <section className="nr-card" aria-labelledby="new-account">
        <h2 id="new-account" style={{ marginTop: 0, fontSize: "1rem" }}>
          新建账号
        </h2>
        <DeskForm command={{ name: "createAccount" }} submitLabel="新建账号" label="新建账号">
          <label>
            邮箱
            <input name="email" type="email" required />
          </label>
          <label>
            姓名
            <input name="name" maxLength={50} />
          </label>
          <RoleSelect />
          <label>
            密码
            <input name="password" type="password" autoComplete="new-password" placeholder="留空则生成一次性密码" />
          </label>
        </DeskForm>
      </section>
      <table className="nr-table">
        <thead>
          <tr>
            <th scope="col">账号</th>
            <th scope="col">角色</th>
            <th scope="col">状态</th>
            <th scope="col">登录情况</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} id={`user-${user.id}`}>
              <td>
                {user.name ?? "—"}
                <br />
                <span className="nr-muted">{user.email}</span>
                {user.id === me.id && <span className="nr-muted">（我）</span>}
              </td>
              <td>
                <DeskForm command={{ name: "changeRole", id: user.id }} submitLabel="修改角色" label={`修改 ${user.email} 的角色`}>
                  <RoleSelect value={user.role} />
                </DeskForm>
              </td>
              <td>{user.disabled ? "已停用" : "使用中"}</td>
              <td>
                <Link href={`/newsroom/audit?targetType=user&targetId=${encodeURIComponent(user.id)}`}>
                  近一小时失败 {user.recentFailures} 次{user.throttled ? "，已限流" : ""}
                </Link>
                <br />
                <span className="nr-muted">
                  上次失败：{user.lastFailureAt ? shanghaiTime(user.lastFailureAt) : "无"}；上次登录：
                  {user.lastSignInAt ? shanghaiTime(user.lastSignInAt) : "无"}
                </span>
              </td>
              <td>
                <DeskForm
                  command={{ name: "setAccountDisabled", id: user.id, disabled: !user.disabled }}
                  submitLabel={user.disabled ? "启用" : "停用"}
                  danger={!user.disabled}
                  confirmText={user.disabled ? undefined : `确定停用 ${user.email}？停用后其下一次操作即被拒绝。`}
                  label={`${user.disabled ? "启用" : "停用"} ${user.email}`}
                />
                <DeskForm command={{ name: "resetPassword", id: user.id }} submitLabel="重置密码" label={`重置 ${user.email} 的密码`}>
                  <label>
                    新密码
                    <input name="password" type="password" autoComplete="new-password" placeholder="留空则生成一次性密码" />
                  </label>
                </DeskForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={DESK_NOTE_STYLE}>停用和角色变更在该账号的下一次请求时生效。系统始终保留至少一位在用的管理员。</p>
    </main>
  );
}

// Newsroom chrome only. Authorization is checked by every page, action and route handler itself,
// never here: layouts do not re-run on every navigation.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/session/current-user";
import { signOutAction } from "./actions";
import "./newsroom.css";

export const metadata: Metadata = { title: { default: "编辑部", template: "%s - 晋中日报编辑部" }, robots: { index: false, follow: false } };

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="nr">
      <header className="nr-bar">
        <Link href="/newsroom" className="nr-brand">
          晋中日报 · 编辑部
        </Link>
        {user && <Link href="/newsroom/media">图片库</Link>}
        {user?.role === "ADMIN" && (
          <nav aria-label="管理" style={{ display: "flex", gap: "0.75rem" }}>
            <Link href="/newsroom/issues">版面</Link>
            <Link href="/newsroom/contributors">署名</Link>
            <Link href="/newsroom/columns">栏目</Link>
            <Link href="/newsroom/accounts">账号</Link>
            <Link href="/newsroom/audit">日志</Link>
          </nav>
        )}
        {user && (
          <form action={signOutAction} className="nr-user">
            <span>
              {user.name ?? user.email}（{ROLE_LABELS[user.role]}）
            </span>
            <Link href="/newsroom/accounts/password">修改密码</Link>
            <button type="submit">退出</button>
          </form>
        )}
      </header>
      {children}
    </div>
  );
}

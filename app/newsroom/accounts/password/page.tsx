import type { Metadata } from "next";
import { DeskForm } from "@/components/newsroom/desk-form";
import { DESK_NOTE_STYLE } from "@/components/newsroom/desk-note";
import { requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "修改密码" };

/** Any signed-in account, admin or editor, changes its own password here. */
export default async function OwnPasswordPage() {
  const user = await requirePageUser(undefined, "/newsroom/accounts/password");
  return (
    <main className="nr-main">
      <h1>修改我的密码</h1>
      <p style={DESK_NOTE_STYLE}>{user.email}：新密码至少 10 个字符，包含字母、数字、符号中的至少两类。</p>
      <section className="nr-card">
        <DeskForm command={{ name: "changeOwnPassword" }} submitLabel="修改密码" label="修改我的密码">
          <label>
            当前密码
            <input name="currentPassword" type="password" autoComplete="current-password" required />
          </label>
          <label>
            新密码
            <input name="newPassword" type="password" autoComplete="new-password" required minLength={10} />
          </label>
        </DeskForm>
      </section>
    </main>
  );
}

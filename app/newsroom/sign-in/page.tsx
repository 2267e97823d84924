import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "编辑部登录", robots: { index: false } };

const MESSAGES: Record<string, string> = {
  invalid: "邮箱或密码不正确。",
  throttled: "登录失败次数过多，请 15 分钟后再试。",
  unavailable: "服务暂时不可用，请稍后再试。",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : "/newsroom";
  if (await getCurrentUser()) redirect("/newsroom");
  // The sign-in action sends error=throttled|unavailable; next-auth's own endpoint sends error=CredentialsSignin&code=….
  const reason = typeof params.code === "string" && Object.hasOwn(MESSAGES, params.code) ? params.code : params.error;
  const error = typeof reason === "string" ? (Object.hasOwn(MESSAGES, reason) ? MESSAGES[reason] : MESSAGES.invalid) : null;
  return (
    <main className="nr-signin">
      <h1>晋中日报 编辑部</h1>
      <form action={signInAction} className="nr-card">
        {error && (
          <p role="alert" className="nr-error">
            {error}
          </p>
        )}
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <label>
          邮箱
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          密码
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="nr-primary">
          登录
        </button>
      </form>
    </main>
  );
}

"use client";
// The sign-in form: a refused attempt shows why and keeps the typed e-mail, so only the password is typed again.
import { useActionState } from "react";
import { signInAction, type TSignInFormState } from "./actions";

export const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid: "邮箱或密码不正确。",
  throttled: "登录失败次数过多，请 15 分钟后再试。",
  unavailable: "服务暂时不可用，请稍后再试。",
};

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [state, action, pending] = useActionState<TSignInFormState, FormData>(signInAction, null);
  const error = state ? SIGN_IN_MESSAGES[state.reason] : initialError;
  return (
    <form action={action} className="nr-card">
      {error && (
        <p role="alert" className="nr-error">
          {error}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label>
        邮箱
        {/* Keyed by the attempt, so the field shows what was sent even after the form is reset. */}
        <input key={state?.email ?? ""} name="email" type="email" autoComplete="username" required defaultValue={state?.email ?? ""} />
      </label>
      <label>
        密码
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" className="nr-primary" disabled={pending}>
        登录
      </button>
    </form>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { SIGN_IN_MESSAGES, SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "编辑部登录", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : "/newsroom";
  if (await getCurrentUser()) redirect("/newsroom");
  // The form answers its own attempts; next-auth's own endpoint sends error=CredentialsSignin&code=….
  const reason = typeof params.code === "string" && Object.hasOwn(SIGN_IN_MESSAGES, params.code) ? params.code : params.error;
  const error = typeof reason === "string" ? (Object.hasOwn(SIGN_IN_MESSAGES, reason) ? SIGN_IN_MESSAGES[reason] : SIGN_IN_MESSAGES.invalid) : null;
  return (
    <main className="nr-signin">
      <h1>晋中日报 编辑部</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={error ?? null} />
    </main>
  );
}

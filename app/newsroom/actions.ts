"use server";
import { redirect } from "next/navigation";
// Sign-in and sign-out for the newsroom. Failures say nothing about which part was wrong.
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/session/auth";

/** Only our own newsroom paths, so a crafted link cannot send an editor elsewhere after sign-in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return /^\/newsroom(?:[/?#]|$)/.test(path) && !path.startsWith("//") && !path.includes("\\") ? path : "/newsroom";
}

export async function signInAction(formData: FormData) {
  const callbackUrl = safeCallback(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { email: formData.get("email"), password: formData.get("password"), redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof AuthError) {
      // "throttled" (too many attempts) and "unavailable" (database down) come from lib/session/auth.ts.
      const code = error instanceof CredentialsSignin ? error.code : "unavailable";
      const reason = code === "throttled" || code === "unavailable" ? code : "invalid";
      redirect(`/newsroom/sign-in?error=${reason}&callbackUrl=${encodeURIComponent(callbackUrl)}`);
    }
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/newsroom/sign-in" });
}

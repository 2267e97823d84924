"use server";
// Signing in from the newsroom's form. A failure answers the form (keeping the typed e-mail) and says
// nothing about which part was wrong; success redirects to where the editor was going.
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/session/auth";

export type TSignInReason = "invalid" | "throttled" | "unavailable";
export type TSignInFormState = { reason: TSignInReason; email: string } | null;

/** Only our own newsroom paths, so a crafted link cannot send an editor elsewhere after sign-in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return /^\/newsroom(?:[/?#]|$)/.test(path) && !path.startsWith("//") && !path.includes("\\") ? path : "/newsroom";
}

export async function signInAction(_previous: TSignInFormState, formData: FormData): Promise<TSignInFormState> {
  const callbackUrl = safeCallback(formData.get("callbackUrl"));
  const email = formData.get("email");
  try {
    await signIn("credentials", { email, password: formData.get("password"), redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof AuthError) {
      // "throttled" (too many attempts) and "unavailable" (database down) come from lib/session/auth.ts.
      const code = error instanceof CredentialsSignin ? error.code : "unavailable";
      const reason = code === "throttled" || code === "unavailable" ? code : "invalid";
      return { reason, email: typeof email === "string" ? email.slice(0, 320) : "" };
    }
    // Success is a redirect, thrown by signIn: let Next carry it out.
    throw error;
  }
  return null;
}

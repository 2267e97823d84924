"use server";
// Sign-out for the newsroom (signing in is the sign-in page's own action).
import { signOut } from "@/lib/session/auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/newsroom/sign-in" });
}

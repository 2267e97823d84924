// next-auth (Auth.js v5): e-mail + password sign-in with JWT sessions. The token only carries the user
// id; role and disabled state are read from PostgreSQL on every request (lib/auth/current-user.ts).
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./verify-credentials";

class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || null;
}

export const SIGN_IN_PATH = "/newsroom/sign-in";

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  trustHost: true,
  logger: {
    // A wrong password is routine (and audited); keep real failures visible.
    error(error) {
      // Wrong passwords (audited) and forged or expired session cookies are routine.
      const kind = (error as { type?: string }).type ?? error.name;
      if (!["CredentialsSignin", "ThrottledSignIn", "JWTSessionError"].includes(kind)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, request) {
        const outcome = await verifyCredentials(credentials, clientIp(request));
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        if (outcome.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
});

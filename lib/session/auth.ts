// next-auth (Auth.js v5): e-mail + password sign-in with JWT sessions. The token only carries the user
// id; role and disabled state are read from PostgreSQL on every request (lib/session/current-user.ts).
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { clientAddress } from "@/lib/sign-in/client-address";
import { verifyCredentials } from "@/lib/sign-in/verify-credentials";

/** Too many attempts: the sign-in page says to wait. */
class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

/** PostgreSQL cannot be reached: the sign-in page says the service is unavailable, not "wrong password". */
class UnavailableSignIn extends CredentialsSignin {
  override code = "unavailable";
}

export const SIGN_IN_PATH = "/newsroom/sign-in";

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  trustHost: true,
  logger: {
    error(error) {
      // Wrong passwords (audited) and forged or expired session cookies are routine.
      const kind = (error as { type?: string }).type ?? error.name;
      if (!["CredentialsSignin", "ThrottledSignIn", "UnavailableSignIn", "JWTSessionError"].includes(kind)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, request) {
        try {
          const outcome = await verifyCredentials(credentials, clientAddress(request.headers));
          if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
          if (outcome.reason === "throttled") throw new ThrottledSignIn();
          return null;
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          console.error("sign-in refused: the database cannot be reached");
          throw new UnavailableSignIn();
        }
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

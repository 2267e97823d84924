// Signs an editor in the way a browser does, through next-auth's own endpoints (CSRF token, credentials
// callback), and returns the session cookie for API calls: real sessions for e2e tests and benches.
export interface TCredentialsAnswer {
  status: number;
  location: string | null;
  /** `name=value` pairs of the cookies the answer set. */
  cookies: string[];
}

const pairs = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");

export async function postCredentials(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<TCredentialsAnswer> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: pairs(csrf).join("; "), origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: new URL("/newsroom", baseUrl).toString() }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get("location"), cookies: pairs(response) };
}

/** The `authjs.session-token=…` cookie of a signed-in editor. */
export async function signInSession(baseUrl: string, email: string, password: string): Promise<string> {
  const answer = await postCredentials(baseUrl, email, password);
  const session = answer.cookies.find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${answer.status} ${answer.location}`);
  return session;
}

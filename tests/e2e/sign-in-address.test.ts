// Against the production server with nothing in front (TRUSTED_PROXIES unset): a client that writes its
// own X-Forwarded-For neither hides its address from the audit trail nor escapes the sign-in throttle.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { SIGN_IN_LIMITS } from "@/lib/sign-in/limits";
import { postCredentials } from "../helpers/newsroom-session";

describe("the address a sign-in is counted against", () => {
  it("is the socket's, whatever X-Forwarded-For the client sends", async () => {
    const base = inject("baseUrl");
    const email = `forger-${Date.now()}@jzrb.test`;
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.pair.max; attempt += 1) {
      const answer = await postCredentials(base, email, "wrong-password-1", { "x-forwarded-for": `198.51.100.${attempt}` });
      expect(answer.location ?? "").toContain("error=CredentialsSignin");
      expect(answer.location ?? "").not.toContain("code=throttled");
    }
    // A fresh made-up address does not buy another round of guesses.
    const refused = await postCredentials(base, email, "wrong-password-1", { "x-forwarded-for": "198.51.100.99" });
    expect(refused.location ?? "").toContain("code=throttled");

    const database = new pg.Client({ connectionString: inject("e2eDatabaseUrl") });
    await database.connect();
    try {
      const { rows } = await database.query<{ ip: string | null }>(
        `SELECT payload->>'ip' AS ip FROM "AuditEvent" WHERE action IN ('auth.sign_in_failed', 'auth.rate_limited') AND payload->>'email' = $1`,
        [email],
      );
      expect(rows).toHaveLength(SIGN_IN_LIMITS.pair.max + 1);
      expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(["127.0.0.1"]));
    } finally {
      await database.end();
    }
  });
});

// Where the database is: DATABASE_URL when set, else the embedded PostgreSQL kept in .data/.

export const EMBEDDED_DEFAULTS = {
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  user: "newsroom",
  password: "newsroom",
  database: "newsroom",
} as const;

export function embeddedDatabaseUrl(port: number = EMBEDDED_DEFAULTS.port, database: string = EMBEDDED_DEFAULTS.database): string {
  const { user, password } = EMBEDDED_DEFAULTS;
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/** The URL the app should use: an explicit DATABASE_URL, else the embedded one. */
export function resolveDatabaseUrl(): { url: string; embedded: boolean } {
  const explicit = process.env.DATABASE_URL?.trim();
  if (explicit) return { url: explicit, embedded: false };
  return { url: embeddedDatabaseUrl(), embedded: true };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** True when the URL points at this machine (tests refuse anything else). */
export function isLocalDatabaseUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get("host") || "";
    return LOCAL_HOSTS.has(host) || host.startsWith("127.") || host.startsWith("/");
  } catch {
    return false;
  }
}

/** Hide the password when a URL is printed. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

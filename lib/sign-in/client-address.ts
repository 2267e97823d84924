// The address a request comes from, for the sign-in throttle and the audit trail. Only hops we run are
// believed: the server appends the socket's address to X-Forwarded-For (lib/http/append-socket-address.cjs),
// each trusted proxy in front (TRUSTED_PROXIES, a count; 1 behind the shipped nginx) appends the address
// it was reached from, and everything further left was written by the client and is ignored.
import { isIP } from "node:net";

const MAX_HOPS = 10;

/** How many proxies of ours stand in front of the app: 0 (the default) means clients connect directly. */
export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXIES): number {
  const trimmed = value?.trim().toLowerCase() ?? "";
  if (trimmed === "" || trimmed === "none") return 0;
  const hops = Number(trimmed);
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) {
    throw new Error(`TRUSTED_PROXIES must be the number of proxies in front of the app (0-${MAX_HOPS}), not "${value}"`);
  }
  return hops;
}

function normalise(entry: string): string {
  const address = entry.trim().replace(/^\[|\]$/g, "");
  const unmapped = address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  // Not an address (a misconfigured hop count): keep something bounded so it still works as a throttle key.
  return isIP(unmapped) ? unmapped : unmapped.slice(0, 64);
}

export function clientAddress(headers: Headers, hops: number = trustedProxyHops()): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // The last entry is the socket's peer; each trusted proxy adds one more to the right of the client's.
  const entry = entries[Math.max(0, entries.length - 1 - hops)] ?? "";
  return normalise(entry) || null;
}

// Item: a forged X-Forwarded-For must not choose the address the sign-in throttle counts.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "@/lib/sign-in/client-address";

const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client wrote before it", () => {
    // The server appends the socket address last (lib/http/append-socket-address.cjs).
    expect(clientAddress(headers("6.6.6.6, 7.7.7.7, 10.1.2.3"), 0)).toBe("10.1.2.3");
    expect(clientAddress(headers("10.1.2.3"), 0)).toBe("10.1.2.3");
    expect(clientAddress(headers("::ffff:10.1.2.3"), 0)).toBe("10.1.2.3");
  });

  it("is the entry the trusted proxy added behind the shipped nginx", () => {
    // client forged "6.6.6.6"; nginx appended the real client; the server appended nginx's address.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.5, 172.18.0.4"), 1)).toBe("203.0.113.5");
    // Reached without the proxy (nothing to skip): the socket's peer, never something further left.
    expect(clientAddress(headers("172.18.0.4"), 1)).toBe("172.18.0.4");
  });

  it("is unknown without the header, and TRUSTED_PROXIES is a small count or nothing", () => {
    expect(clientAddress(headers(), 0)).toBeNull();
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("none")).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(() => trustedProxyHops("10.0.0.1")).toThrow(/TRUSTED_PROXIES/);
  });

  it("is recorded by the server process itself: a forged header only gets the socket address appended", async () => {
    const preload = path.resolve("lib/http/append-socket-address.cjs");
    const server = spawn(
      process.execPath,
      [
        "--require",
        preload,
        "-e",
        `require("node:http").createServer((q, s) => s.end(String(q.headers["x-forwarded-for"]))).listen(0, "127.0.0.1", function () { console.log(this.address().port) })`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const port = await new Promise<string>((resolve) => server.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())));
      const forged = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } })).text();
      expect(forged).toBe("6.6.6.6, 127.0.0.1");
      expect(clientAddress(headers(forged), 0)).toBe("127.0.0.1");
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("127.0.0.1");
    } finally {
      server.kill();
    }
  });
});

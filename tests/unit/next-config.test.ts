// `npm run dev` must serve a working editor at every address it prints: Next 16 refuses its dev scripts
// to any host but localhost unless next.config.ts lists it (allowedDevOrigins).
import os from "node:os";
import { describe, expect, it } from "vitest";
import nextConfig, { devOrigins } from "@/next.config";

describe("the dev server's allowed origins", () => {
  it("lists localhost, the loopback addresses, the host name and every address of this machine", () => {
    const interfaces: ReturnType<typeof os.networkInterfaces> = {
      lo: [{ address: "127.0.0.1", netmask: "255.0.0.0", family: "IPv4", mac: "00:00:00:00:00:00", internal: true, cidr: "127.0.0.1/8" }],
      eth0: [
        { address: "192.168.1.20", netmask: "255.255.255.0", family: "IPv4", mac: "02:42:ac:11:00:02", internal: false, cidr: "192.168.1.20/24" },
        { address: "fd00::20", netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:42:ac:11:00:02", internal: false, cidr: "fd00::20/64", scopeid: 0 },
        { address: "fe80::1%eth0", netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:42:ac:11:00:02", internal: false, cidr: null, scopeid: 2 },
      ],
    };
    const origins = devOrigins(interfaces, "Newsroom-PC");
    for (const host of ["localhost", "127.0.0.1", "[::1]", "newsroom-pc", "192.168.1.20", "[fd00::20]"]) expect(origins).toContain(host);
    expect(origins.some((host) => host.includes("%"))).toBe(false);
    // Never a wildcard: only this machine's own names.
    expect(origins.some((host) => host.includes("*"))).toBe(false);
  });

  it("is what next.config.ts gives Next, with the LAN address `next dev` prints as Network", () => {
    const network = Object.values(os.networkInterfaces())
      .flat()
      .filter((entry) => entry && entry.family === "IPv4" && !entry.internal)
      .map((entry) => entry?.address);
    for (const host of ["127.0.0.1", ...network]) expect(nextConfig.allowedDevOrigins).toContain(host);
  });
});

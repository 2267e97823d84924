// Installs the Debian packages a suite or the bench needs when they are missing and we may (root on
// Debian); anywhere else stops with the exact command to run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface TDebianPackage {
  name: string;
  present: () => boolean;
}

export function ensureDebianPackages(packages: TDebianPackage[], purpose: string, log: (line: string) => void = console.error): void {
  const missing = packages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (!isRoot || !isDebian) {
    throw new Error(`${purpose} need ${missing.join(" and ")} (Debian packages). Install them with:\n  sudo apt-get install -y ${missing.join(" ")}`);
  }
  log(`Installing ${missing.join(", ")} from Debian for ${purpose.toLowerCase()}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  const stillMissing = packages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (stillMissing.length > 0) throw new Error(`apt-get ran but ${stillMissing.join(", ")} is still missing`);
}

// Finds Debian's Chromium (never a downloaded browser). As root on Debian it installs it with a CJK font;
// anywhere else it says exactly what is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

export function ensureChromium(log: (line: string) => void = console.error): string {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push("chromium");
  if (!hasCjkFont()) missing.push("fonts-wqy-microhei");
  if (missing.length === 0) return CHROMIUM_PATH;

  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
  if (!isRoot || !isDebian) {
    throw new Error(
      `End-to-end tests need ${missing.join(" and ")} (Debian packages). Install them with:\n  sudo apt-get install -y ${missing.join(" ")}\nor set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  log(`Installing ${missing.join(", ")} from Debian for the end-to-end tests…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
  return CHROMIUM_PATH;
}

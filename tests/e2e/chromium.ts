// Finds Debian's Chromium (never a downloaded browser). As root on Debian it installs it with a CJK font;
// anywhere else it says exactly what is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ensureDebianPackages } from "../helpers/debian-packages";

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
  const packages = [
    { name: "chromium", present: () => existsSync(CHROMIUM_PATH) },
    { name: "fonts-wqy-microhei", present: hasCjkFont },
  ];
  try {
    ensureDebianPackages(packages, "End-to-end tests", log);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nor set CHROMIUM_PATH to a Chromium binary.`);
  }
  return CHROMIUM_PATH;
}

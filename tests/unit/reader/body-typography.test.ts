// The reader's Chinese body text: justified, a desktop measure of 28–34 characters, and a font stack of
// system CJK fonts found on Windows, macOS, Android and Linux, with no web font to download.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(path.resolve("app/globals.css"), "utf8");

/** The declarations of the first rule whose selector list names `selector` exactly. */
function rule(selector: string): string {
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (match[1] ?? "").split(",").map((s) => s.replace(/\/\*[\s\S]*?\*\//g, "").trim());
    if (selectors.includes(selector) && /text-align|max-width|font-size/.test(match[2] ?? "")) return match[2] ?? "";
  }
  throw new Error(`no rule for ${selector}`);
}

function variable(name: string): string {
  const match = css.match(new RegExp(`${name}:([^;]+);`));
  if (!match?.[1]) throw new Error(`no ${name}`);
  return match[1];
}

describe("Chinese body text", () => {
  it("is justified", () => {
    expect(rule(".story-body p")).toMatch(/text-align:\s*justify/);
  });

  it("runs 28–34 characters a line on a desktop", () => {
    const width = rule(".story-body").match(/max-width:\s*([\d.]+)em/);
    expect(width, "the measure is set in em, one CJK character each").not.toBeNull();
    const characters = Number(width?.[1]);
    expect(characters).toBeGreaterThanOrEqual(28);
    expect(characters).toBeLessThanOrEqual(34);
  });

  it("uses system CJK fonts of every platform and no web font", () => {
    const stack = variable("--serif");
    expect(stack).toMatch(/"SimSun"|"Microsoft YaHei"/); // Windows
    expect(stack).toMatch(/"Songti SC"|"PingFang SC"/); // macOS
    expect(stack).toMatch(/"Noto Sans CJK SC"|"Droid Sans Fallback"/); // Android
    expect(stack).toMatch(/"WenQuanYi Micro Hei"|"Noto Serif CJK SC"/); // Linux
    expect(css).not.toMatch(/@font-face|@import/);
  });
});

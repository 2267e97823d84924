// One Chromium per test file, driven by playwright-core.
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: () => inject("baseUrl"),
    async open(pathname: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: options.javaScriptEnabled ?? true });
      const page = await context.newPage();
      await page.goto(new URL(pathname, inject("baseUrl")).toString());
      return page;
    },
  };
}

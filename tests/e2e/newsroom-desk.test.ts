// The newsroom around the editor: the story list on a 390 px phone, a refused sign-in that keeps the e-mail,
// the history (the editor's version numbers, the last change by default, unchanged paragraphs folded, a
// restore that says so), a preview styled as the reader page, and the favicon.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, chromiumForFile, saveWithShortcut, signInEditor } from "./browser";

const browser = chromiumForFile();
const url = appUrl;

const signedIn = () => signInEditor(browser());

async function newStory(page: Page, headline: string): Promise<number> {
  await page.goto(url("/newsroom"));
  await page.getByLabel("主题").first().fill(headline);
  await page.getByRole("button", { name: "新建稿件" }).click();
  await page.waitForURL(/\/newsroom\/articles\/\d+$/);
  await page.locator(".ProseMirror").waitFor();
  await page.locator('[data-save-state="saved"]').waitFor();
  return Number(new URL(page.url()).pathname.split("/").at(-1));
}

describe("the newsroom desk", () => {
  it("lists stories on a 390 px phone without sideways scrolling, searchable by headline", async () => {
    const { context, page } = await signedIn();
    await newStory(page, "手机上看得清的稿件标题");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url("/newsroom"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const row = page.locator("tbody tr").first();
    const box = await row.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // Readable rows: the headline gets the row's width (a five-column table left it a sliver, a few
    // characters a line).
    const headline = await row.locator("td").first().boundingBox();
    expect(headline?.width ?? 0).toBeGreaterThanOrEqual(300);

    await page.getByRole("searchbox", { name: "搜索" }).fill("看得清");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/q=/);
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.getByRole("link", { name: "手机上看得清的稿件标题" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("keeps the typed e-mail after a refused sign-in", async () => {
    const context = await browser().newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(url("/newsroom/sign-in"));
    await page.getByLabel("邮箱").fill("nobody-here@jzrb.test");
    await page.getByLabel("密码").fill("not-the-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" }).waitFor();
    expect(await page.getByLabel("邮箱").inputValue()).toBe("nobody-here@jzrb.test");
    expect(await page.getByLabel("密码").inputValue()).toBe("");
    await context.close();
  });

  it("numbers history by the editor's versions, compares the last change and folds unchanged paragraphs", async () => {
    const { context, page } = await signedIn();
    const id = await newStory(page, "历史比较的稿件");
    await page.locator(".ProseMirror").click();
    for (const paragraph of ["第一段没有改。", "第二段没有改。", "第三段没有改。", "第四段没有改。"]) {
      await page.keyboard.type(paragraph);
      await page.keyboard.press("Enter");
    }
    await saveWithShortcut(page);
    await page.keyboard.type("第五段是新加的。");
    await saveWithShortcut(page);
    // An explicit save with nothing new repeats the last revision's text: the last change is still the one above.
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    const editorVersion = (await page.getByTestId("last-change").textContent())?.match(/版本 (\d+)/)?.[1];
    expect(editorVersion).toBeDefined();

    await page.goto(url(`/newsroom/articles/${id}/history`));
    expect(await page.locator("tbody tr").first().locator("td").first().textContent()).toBe(`版本 ${editorVersion}`);
    const body = page.locator('[data-field="body"]');
    expect((await body.locator("ins").allTextContents()).join("")).toContain("新加的");
    const fold = body.getByTestId("unchanged-fold");
    const toggle = fold.getByRole("button");
    expect(await toggle.textContent()).toMatch(/^\d+ 段未改动（展开）$/);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await fold.getByText("第二段没有改。").isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await fold.getByText("第二段没有改。").isVisible()).toBe(true);
    await context.close();
  });

  it("says a restore happened, with the version it restored", async () => {
    const { context, page } = await signedIn();
    const id = await newStory(page, "恢复之前的标题");
    await page.getByLabel("主题").first().fill("恢复之后会消失的标题");
    await saveWithShortcut(page);

    await page.goto(url(`/newsroom/articles/${id}/history`));
    const oldest = page.locator("tbody tr").last();
    const version = (await oldest.locator("td").first().textContent())?.trim();
    page.once("dialog", (dialog) => void dialog.accept());
    await oldest.getByRole("button", { name: /^恢复版本/ }).click();
    await page.waitForURL(new RegExp(`/newsroom/articles/${id}\\?restored=`));
    const notice = page.getByTestId("restored-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`已恢复${version}`);
    expect(await page.getByLabel("主题").first().inputValue()).toBe("恢复之前的标题");
    await context.close();
  });

  it("previews a story with the reader page's components and styles, under the newsroom's notice only", async () => {
    const { context, page } = await signedIn();
    // Any story readers see on the front page.
    await page.goto(url("/"));
    const storyHref = await page.locator('main a[href^="/articles/"]').first().getAttribute("href");
    const id = Number(storyHref?.match(/^\/articles\/(\d+)/)?.[1]);
    expect(id).toBeGreaterThan(0);

    const styles = async (path: string) => {
      await page.goto(url(path));
      await page.locator("article.story h1").waitFor();
      return page.evaluate(() => {
        const pick = (selector: string, properties: string[]) => {
          const element = document.querySelector(selector);
          if (!element) return null;
          const computed = getComputedStyle(element);
          return properties.map((property) => `${property}=${computed.getPropertyValue(property)}`).join(";");
        };
        const text = ["font-family", "font-size", "color", "line-height", "text-align"];
        return {
          masthead: pick(".masthead-title a", text),
          search: pick(".masthead input", ["font-family", "border-top-width", "padding-top", "background-color"]),
          headline: pick("article.story h1", text),
          paragraph: pick("article.story p:last-of-type", [...text, "text-indent"]),
          // What shows behind the masthead: the first ancestor with a background of its own.
          background: (() => {
            for (let element = document.querySelector(".masthead")?.parentElement ?? null; element; element = element.parentElement) {
              const color = getComputedStyle(element).backgroundColor;
              if (color !== "rgba(0, 0, 0, 0)") return color;
            }
            return "none";
          })(),
          newsroomBar: document.querySelector(".nr-bar") ? getComputedStyle(document.querySelector(".nr-bar") as Element).display : "none",
        };
      });
    };
    const reader = await styles(`/articles/${id}`);
    const preview = await styles(`/newsroom/articles/${id}/preview`);
    expect(reader.headline).not.toBeNull();
    expect(preview).toEqual(reader);
    expect(preview.newsroomBar).toBe("none");
    await context.close();
  });

  it("serves a favicon, linked from reader and newsroom pages", async () => {
    const icon = await fetch(url("/icon.svg"));
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    expect(await icon.text()).toContain("晋");
    const context = await browser().newContext();
    const page = await context.newPage();
    for (const path of ["/", "/newsroom/sign-in"]) {
      await page.goto(url(path));
      const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
      expect(href, path).toMatch(/^\/icon\.svg/);
      expect((await fetch(url(href ?? ""))).status, path).toBe(200);
    }
    await context.close();
  });
});

// The editor's tab title: the headline as the browser will read the title back, so keeping the tab titled
// never sets a title the browser rewrites (which set it again at every change it caused, hanging the page).
import { describe, expect, it } from "vitest";
import { asBrowserTitle, editorTabTitle } from "@/components/editor/editor-tab-title";

describe("the editor's tab title", () => {
  it("names the story by its headline, or by its kind when untitled", () => {
    expect(editorTabTitle("竞逐“北斗”新赛道", "feature")).toBe("《竞逐“北斗”新赛道》 - 编辑 - 晋中日报");
    expect(editorTabTitle("   ", "photo")).not.toContain("《");
  });

  it("is already what the browser reads back, whatever whitespace the stored headline has", () => {
    for (const headline of ["  两个  空格 ", "换\n行", "制\t表", "<img src=x onerror=alert(1)>\r\n\f"]) {
      const title = editorTabTitle(headline, "news");
      expect(asBrowserTitle(title), JSON.stringify(headline)).toBe(title);
    }
    expect(editorTabTitle("换\n行", "news")).toBe("《换 行》 - 编辑 - 晋中日报");
  });
});

// A draft the server does not have is kept per story, offered back only when it differs from the
// server's, and forgotten on request; in-app links are told apart from everything else.
import { describe, expect, it } from "vitest";
import { forgetKeptDraft, inAppDestination, keepDraft, keptDraftKey, readKeptDraft } from "@/components/editor/kept-draft";
import type { TEditableDraft } from "@/lib/newsroom-client/schemas";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const draft = (text: string): TEditableDraft => ({
  kind: "news",
  columnName: null,
  sectionId: null,
  kicker: null,
  headline: "主题",
  subheadline: null,
  dateline: null,
  bylines: [],
  pageId: null,
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
});

describe("the kept draft", () => {
  it("is kept per story and offered back when it differs from the server's", () => {
    const storage = memoryStorage();
    keepDraft(storage, { articleId: 7, baseVersion: 3, draft: draft("刚打的字"), keptAt: "2026-11-30T03:00:00.000Z" });
    expect(readKeptDraft(storage, 7, draft("旧的"))?.draft).toEqual(draft("刚打的字"));
    expect(readKeptDraft(storage, 7, draft("旧的"))?.baseVersion).toBe(3);
    expect(readKeptDraft(storage, 8, draft("旧的"))).toBeNull();
    // The server already has it: nothing to offer.
    expect(readKeptDraft(storage, 7, draft("刚打的字"))).toBeNull();
    forgetKeptDraft(storage, 7);
    expect(readKeptDraft(storage, 7, draft("旧的"))).toBeNull();
  });

  it("ignores anything unreadable in the store", () => {
    const storage = memoryStorage();
    storage.setItem(keptDraftKey(7), "{not json");
    expect(readKeptDraft(storage, 7, draft("旧的"))).toBeNull();
    storage.setItem(keptDraftKey(7), JSON.stringify({ articleId: 7 }));
    expect(readKeptDraft(storage, 7, draft("旧的"))).toBeNull();
  });
});

describe("which clicks leave the editor inside the site", () => {
  const here = "https://example.cn/newsroom/articles/7";
  const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  const anchor = (href: string, target = "", download = false) => ({ href, target, hasAttribute: (name: string) => download && name === "download" });

  it("catches a plain click on a link to another newsroom page", () => {
    expect(inAppDestination(anchor("/newsroom"), here, plain)).toBe("https://example.cn/newsroom");
    expect(inAppDestination(anchor("/newsroom/articles/7/history"), here, plain)).toBe("https://example.cn/newsroom/articles/7/history");
  });

  it("leaves alone new tabs, downloads, other sites and jumps within the page", () => {
    expect(inAppDestination(anchor("/newsroom/articles/7/preview", "_blank"), here, plain)).toBeNull();
    expect(inAppDestination(anchor("/newsroom", "", true), here, plain)).toBeNull();
    expect(inAppDestination(anchor("https://other.cn/"), here, plain)).toBeNull();
    expect(inAppDestination(anchor("#body"), here, plain)).toBeNull();
    expect(inAppDestination(anchor("/newsroom"), here, { ...plain, ctrlKey: true })).toBeNull();
    expect(inAppDestination(anchor("/newsroom"), here, { ...plain, button: 1 })).toBeNull();
  });
});

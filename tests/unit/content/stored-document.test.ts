import { describe, expect, it } from "vitest";
import { ZArticleContent } from "@/lib/content/article-content";
import { ZStoryDocument } from "@/lib/content/schema";
import { ZStoredStoryDocument } from "@/lib/content/stored-document";

// A body as the editor saved it before the whitelist became strict.
const legacy = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "旧链接",
          marks: [{ type: "link", attrs: { href: "https://www.sxjz.gov.cn/", target: "_blank", rel: "noopener", class: null, title: null } }],
        },
      ],
    },
    {
      type: "orderedList",
      attrs: { start: 3, type: null },
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }] }],
    },
  ],
};

describe("reading a stored body", () => {
  it("opens a body saved before the whitelist was strict, keeping only what is rendered", () => {
    expect(ZStoryDocument.safeParse(legacy).success).toBe(false);
    const read = ZStoredStoryDocument.parse(legacy);
    expect(read.content[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "旧链接", marks: [{ type: "link", attrs: { href: "https://www.sxjz.gov.cn/" } }] }],
    });
    expect(read.content[1]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
  });

  it("still refuses what was never allowed: an unknown node, or a link to javascript:", () => {
    expect(ZStoredStoryDocument.safeParse({ type: "doc", content: [{ type: "iframe" }] }).success).toBe(false);
    const script = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    expect(ZStoredStoryDocument.safeParse(script).success).toBe(false);
  });

  it("is what published contents and revisions are read with", () => {
    const content = ZArticleContent.shape.body.parse(legacy);
    expect(content.content).toHaveLength(2);
  });
});

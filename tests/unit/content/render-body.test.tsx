import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/content/render-body";
import { type TStoryDocument, ZStoryDocument } from "@/lib/content/schema";

const html = (doc: unknown, options = {}) => renderToStaticMarkup(<div>{renderBody(ZStoryDocument.parse(doc), options)}</div>).slice(5, -6);

describe("rendering a story body", () => {
  it("renders paragraphs, subheads, marks and links", () => {
    const out = html({
      type: "doc",
      content: [
        { type: "subhead", content: [{ type: "text", text: "扩面提标" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "粗", marks: [{ type: "bold" }] },
            { type: "text", text: "链接", marks: [{ type: "link", attrs: { href: "https://example.com/a?b=1&c=2" } }] },
          ],
        },
      ],
    });
    expect(out).toBe(
      '<h3 class="subhead"><span>扩面提标</span></h3><p><span><strong>粗</strong></span><span><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">链接</a></span></p>',
    );
  });

  it("escapes text that looks like HTML", () => {
    const out = html({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] }] });
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toContain("<script>");
  });

  it("shows jump markers only when asked", () => {
    const doc = { type: "doc", content: [{ type: "jump", attrs: { toPage: 4 } }] };
    expect(html(doc)).toBe("");
    expect(html(doc, { renderJump: (page: number) => `（下转第${page}版）` })).toBe("<div>（下转第4版）</div>");
  });

  it("shows a photo's caption and credit without an image when none is stored", () => {
    const out = html({ type: "doc", content: [{ type: "figure", attrs: { mediaId: null, alt: null, caption: "口袋公园", credit: "本报记者 耿新洲 摄" } }] });
    expect(out).toBe('<figure class="figure"><figcaption>口袋公园<span class="credit"> 本报记者 耿新洲 摄</span></figcaption></figure>');
  });

  it("writes only the attributes it decides, even for a document stored before the whitelist was strict", () => {
    const legacy = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { style: "background:url(javascript:alert(1))" },
          content: [
            {
              type: "text",
              text: "链接",
              marks: [{ type: "link", attrs: { href: "https://a.example/", onclick: "alert(1)", target: "_blank", rel: "opener", class: "x", style: "x" } }],
            },
            { type: "text", text: "坏链接", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
        { type: "orderedList", attrs: { start: "1 onclick=alert(1)", type: "a" }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
      ],
    } as unknown as TStoryDocument;
    const out = renderToStaticMarkup(<div>{renderBody(legacy)}</div>).slice(5, -6);
    expect(out).toBe(
      '<p><span><a href="https://a.example/" rel="noopener noreferrer nofollow">链接</a></span><span>坏链接</span></p><ol start="1"><li><p></p></li></ol>',
    );
  });
});

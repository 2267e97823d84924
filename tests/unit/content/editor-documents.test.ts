// What the editor produces must validate, and nothing the whitelist does not check may be stored: every
// node and mark of the real extension list is built through its ProseMirror schema and serialised the
// way the editor's getJSON() does (doc.toJSON(), with TipTap's default attributes), then validated.
import { getSchema } from "@tiptap/core";
import type { Mark, Node as PMNode, Schema } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { storyExtensions } from "@/lib/content/extensions";
import { ZStoryDocument } from "@/lib/content/schema";
import { validateStoryDocument } from "@/lib/content/validate-document";

const schema: Schema = getSchema(storyExtensions);
function nodeType(name: string) {
  const type = schema.nodes[name];
  if (!type) throw new Error(`no node ${name} in the extension list`);
  return type;
}
function mark(name: string, attrs?: Record<string, unknown>) {
  const type = schema.marks[name];
  if (!type) throw new Error(`no mark ${name} in the extension list`);
  return type.create(attrs);
}
const node = (name: string, attrs: Record<string, unknown> | null = null, content: PMNode[] = []) => nodeType(name).createChecked(attrs, content);
/** What the editor inserts for a node with nothing given: TipTap's defaults, required content filled in. */
const filled = (name: string) => {
  const made = nodeType(name).createAndFill();
  if (!made) throw new Error(`cannot fill ${name}`);
  return made;
};
const text = (value: string, marks: Mark[] = []) => schema.text(value, marks);
const paragraph = (...content: PMNode[]) => node("paragraph", null, content);
const doc = (...content: PMNode[]) => node("doc", null, content);

/** One sample of every block node the editor can make, with the attributes TipTap fills in by default. */
const BLOCK_SAMPLES: Record<string, () => PMNode> = {
  paragraph: () => paragraph(text("第一段。")),
  subhead: () => node("subhead", null, [text("扩面提标")]),
  jump: () => node("jump", { toPage: 4 }),
  figure: () => node("figure", { caption: "图片说明", credit: "本报记者 耿新洲 摄" }),
  bulletList: () => node("bulletList", null, [node("listItem", null, [paragraph(text("一"))])]),
  orderedList: () => node("orderedList", { start: 3 }, [node("listItem", null, [paragraph(text("三")), paragraph(text("续"))])]),
  blockquote: () => node("blockquote", null, [paragraph(text("引文")), node("subhead", null, [text("小标题")])]),
};
const INLINE_OR_INNER = ["doc", "text", "hardBreak", "listItem"];

describe("documents the editor produces", () => {
  it("the extension list has exactly the nodes and marks the whitelist knows", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...Object.keys(BLOCK_SAMPLES), ...INLINE_OR_INNER].sort());
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it("every node and mark, with TipTap's default attributes, validates on save", () => {
    const marked = paragraph(
      text("粗", [mark("bold")]),
      text("斜", [mark("italic")]),
      node("hardBreak"),
      text("链接", [mark("link", { href: "https://www.sxjzxw.com/" }), mark("bold")]),
      text("信箱", [mark("link", { href: "mailto:news@example.com" })]),
    );
    const json = doc(
      ...Object.values(BLOCK_SAMPLES).map((make) => make()),
      marked,
      ...["figure", "jump", "orderedList", "bulletList", "blockquote"].map(filled),
    ).toJSON();
    expect(() => validateStoryDocument(json)).not.toThrow();
    expect(validateStoryDocument(json)).toEqual(json);
  });

  it("for each node type on its own", () => {
    for (const [name, make] of Object.entries(BLOCK_SAMPLES)) {
      const json = doc(make()).toJSON();
      expect(() => validateStoryDocument(json), name).not.toThrow();
    }
    // An empty editor: one empty paragraph.
    expect(() => validateStoryDocument(filled("doc").toJSON())).not.toThrow();
  });

  it("a link carries its address only, a numbered list its start only", () => {
    const link = mark("link", { href: "https://a.example/", target: "_blank", rel: "opener", class: "x", title: "t", onclick: "alert(1)" });
    expect(link.toJSON()).toEqual({ type: "link", attrs: { href: "https://a.example/" } });
    expect(node("orderedList", { type: "a" }, [node("listItem", null, [paragraph()])]).toJSON().attrs).toEqual({ start: 1 });
    expect(node("figure").toJSON().attrs).toEqual({ mediaId: null, alt: null, caption: null, credit: null });
  });

  it("the editor cannot make what the whitelist refuses: nested lists, blocks other than text in quotes", () => {
    const item = () => node("listItem", null, [paragraph(text("一"))]);
    expect(() => node("listItem", null, [paragraph(text("一")), node("bulletList", null, [item()])])).toThrow();
    expect(() => node("blockquote", null, [node("figure")])).toThrow();
    expect(() => node("blockquote", null, [node("bulletList", null, [item()])])).toThrow();
  });
});

describe("attributes outside the whitelist are refused with their path", () => {
  const withLinkAttrs = (attrs: Record<string, unknown>) => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "点此", marks: [{ type: "link", attrs: { href: "https://a.example/", ...attrs } }] }] }],
  });

  for (const attrs of [
    { onclick: "alert(1)" },
    { style: "position:fixed" },
    { target: "_blank" },
    { class: "x" },
    { rel: "opener" },
    { title: "t" },
    { target: null },
  ]) {
    const key = Object.keys(attrs)[0] as string;
    it(`a link's ${key}`, () => {
      expect(ZStoryDocument.safeParse(withLinkAttrs(attrs)).success).toBe(false);
      expect(() => validateStoryDocument(withLinkAttrs(attrs))).toThrow(`content.0.content.0.marks.0.attrs.${key}`);
    });
  }

  const cases: Array<[string, unknown, string]> = [
    ["an attribute on a paragraph", { type: "doc", content: [{ type: "paragraph", attrs: { style: "x" } }] }, "content.0.attrs"],
    ["an extra key on a paragraph", { type: "doc", content: [{ type: "paragraph", onmouseover: "x" }] }, "content.0.onmouseover"],
    ["a jump's extra attribute", { type: "doc", content: [{ type: "jump", attrs: { toPage: 4, href: "javascript:1" } }] }, "content.0.attrs.href"],
    ["a figure's src", { type: "doc", content: [{ type: "figure", attrs: { src: "javascript:1", caption: null } }] }, "content.0.attrs.src"],
    [
      "a list's type",
      { type: "doc", content: [{ type: "orderedList", attrs: { start: 1, type: "a" }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] }] },
      "content.0.attrs.type",
    ],
    [
      "attributes on a bold mark",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "bold", attrs: { style: "x" } }] }] }] },
      "content.0.content.0.marks.0.attrs",
    ],
    [
      "attributes on a text node",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", attrs: { class: "x" } }] }] },
      "content.0.content.0.attrs",
    ],
    ["a key on the document", { type: "doc", content: [], attrs: { lang: "x" } }, "attrs"],
    ["an unknown node", { type: "doc", content: [{ type: "paragraph" }, { type: "html", content: "<script>" }] }, "content.1.type"],
    [
      "an unknown inline node",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "image", attrs: { src: "x" } }] }] },
      "content.0.content.0.type",
    ],
    [
      "a NUL in text (PostgreSQL cannot store it)",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a\u0000b" }] }] },
      "content.0.content.0.text",
    ],
    ["an unpaired surrogate in a caption", { type: "doc", content: [{ type: "figure", attrs: { caption: "\uD800图" } }] }, "content.0.attrs.caption"],
    [
      "an unknown mark",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "code" }] }] }] },
      "content.0.content.0.marks.0.type",
    ],
  ];
  for (const [what, document, path] of cases) {
    it(what, () => {
      expect(ZStoryDocument.safeParse(document).success).toBe(false);
      expect(() => validateStoryDocument(document)).toThrow(path);
    });
  }
});

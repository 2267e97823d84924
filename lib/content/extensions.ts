// The TipTap extensions of a story body — ONE list, used by the editor in the browser and by the server
// to check that a saved document is representable (a second validation after the zod whitelist).
import { type Extensions, mergeAttributes, Node } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** 小标题: an in-body section heading. */
export const Subhead = Node.create({
  name: "subhead",
  group: "block",
  content: "inline*",
  defining: true,
  parseHTML: () => [{ tag: "h3.subhead" }, { tag: "h3" }],
  renderHTML: ({ HTMLAttributes }) => ["h3", mergeAttributes(HTMLAttributes, { class: "subhead" }), 0],
});

/** 下转第N版: ends the part printed on this page; the rest runs on page `toPage`. */
export const Jump = Node.create({
  name: "jump",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    toPage: {
      default: 2,
      parseHTML: (element) => Number(element.getAttribute("data-to-page")) || 2,
      renderHTML: (attributes) => ({ "data-to-page": String(attributes.toPage) }),
    },
  }),
  parseHTML: () => [{ tag: "div[data-jump]" }],
  renderHTML: ({ node, HTMLAttributes }) => [
    "div",
    mergeAttributes(HTMLAttributes, { "data-jump": "", class: "jump-node" }),
    `（下转第${node.attrs.toPage}版）`,
  ],
});

/** A photo with caption and credit (摄); `mediaId` refers to stored media once uploads exist. */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    mediaId: { default: null },
    alt: { default: null },
    caption: { default: null },
    credit: { default: null },
  }),
  parseHTML: () => [{ tag: "figure[data-figure]" }],
  renderHTML: ({ node, HTMLAttributes }) => [
    "figure",
    mergeAttributes(HTMLAttributes, { "data-figure": "", class: "figure-node" }),
    ["div", { class: "figure-placeholder" }, "图片"],
    ["figcaption", {}, `${node.attrs.caption ?? ""}${node.attrs.credit ? `  ${node.attrs.credit}` : ""}`],
  ],
});

export const LINK_PROTOCOLS = ["http", "https", "mailto"];

export const storyExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: LINK_PROTOCOLS,
      defaultProtocol: "https",
      isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  Subhead,
  Jump,
  Figure,
];

// The TipTap extensions of a story body — ONE list, used by the editor in the browser and by the server
// to check that a saved document is representable (a second validation after the zod whitelist).
// Every node and mark emits exactly the attributes the stored whitelist (`schema.ts`) accepts, and allows
// exactly the content it accepts, so whatever the editor produces (getJSON) validates on save.
import { type Extensions, mergeAttributes, Node } from "@tiptap/core";
import { Blockquote } from "@tiptap/extension-blockquote";
import { Link } from "@tiptap/extension-link";
import { ListItem, OrderedList } from "@tiptap/extension-list";
import StarterKit from "@tiptap/starter-kit";
import { isMediaId, mediaPreviewUrl } from "./media-preview-url";

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

/** A photo with caption and credit (摄) and alt text; `mediaId` is the stored Media row (lib/media). */
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
    isMediaId(node.attrs.mediaId)
      ? [
          "img",
          {
            src: mediaPreviewUrl(node.attrs.mediaId, 960),
            alt: node.attrs.alt ?? "",
            class: "figure-preview",
            style: "max-width:100%;height:auto;display:block",
          },
        ]
      : ["div", { class: "figure-placeholder" }, "图片（尚未选择图片）"],
    ["figcaption", {}, `${node.attrs.caption ?? ""}${node.attrs.credit ? `  ${node.attrs.credit}` : ""}`],
  ],
});

export const LINK_PROTOCOLS = ["http", "https", "mailto"];

const isAllowedHref = (url: string) => /^(https?:\/\/|mailto:)/i.test(url);

/** A link keeps its address only; TipTap's target/rel/class/title attributes would be stored unchecked. */
export const StoryLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element) => element.getAttribute("href") } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  protocols: LINK_PROTOCOLS,
  defaultProtocol: "https",
  isAllowedUri: (url) => isAllowedHref(url),
  // Shown in the editor only; the reader's renderer sets rel itself.
  HTMLAttributes: { rel: "noopener noreferrer nofollow" },
});

/** Numbered lists keep their first number; the list-style `type` TipTap adds is not part of a story. */
export const StoryOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element) => {
          const start = Number.parseInt(element.getAttribute("start") ?? "", 10);
          return Number.isInteger(start) && start >= 1 ? start : 1;
        },
      },
    };
  },
});

/** A list item holds paragraphs, no nested lists (the reader and the whitelist know one level). */
export const StoryListItem = ListItem.extend({ content: "paragraph+" });

/** A quotation holds paragraphs and subheads only. */
export const StoryBlockquote = Blockquote.extend({ content: "(paragraph | subhead)+" });

export const storyExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
    orderedList: false,
    listItem: false,
    blockquote: false,
  }),
  StoryLink,
  StoryOrderedList,
  StoryListItem,
  StoryBlockquote,
  Subhead,
  Jump,
  Figure,
];

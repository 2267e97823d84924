// The stored story body: TipTap JSON restricted to the nodes, marks and attributes the newsroom uses.
// Every write validates against this whitelist; the reader renders only these nodes. Every object is
// strict: an attribute we do not check (onclick, style, target, class…) is refused with its path, the
// same way an unknown node is, so nothing unchecked is ever stored and rendered later.
import { z } from "zod";

const MAX_TEXT = 100_000;

/** NUL and unpaired surrogates cannot be stored by PostgreSQL (text or jsonb): refuse them as input. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (value: string) => !UNSTORABLE.test(value);
const storable = isStorableText;
export const STORABLE_MESSAGE = "不能包含空字符（U+0000）或不成对的代理字符";
/** A string of the body: at most `max` characters, all of them storable. */
const bodyString = (max: number) => z.string().max(max).refine(storable, { message: STORABLE_MESSAGE });

/** Links may only point to the web or to e-mail: no javascript:, data: or relative tricks. */
export const ZLinkHref = z
  .string()
  .trim()
  .max(2048)
  .refine(storable, { message: STORABLE_MESSAGE })
  .refine((href) => /^(https?:\/\/|mailto:)/i.test(href), { message: "链接只能以 http://、https:// 或 mailto: 开头" });

/** A link carries its address only: rel and target are the renderer's decision, never the document's. */
const ZLinkMark = z.object({ type: z.literal("link"), attrs: z.object({ href: ZLinkHref }).strict() }).strict();

const ZMark = z.discriminatedUnion("type", [z.object({ type: z.literal("bold") }).strict(), z.object({ type: z.literal("italic") }).strict(), ZLinkMark]);

export const ZTextNode = z
  .object({
    type: z.literal("text"),
    text: bodyString(MAX_TEXT).min(1),
    marks: z.array(ZMark).max(3).optional(),
  })
  .strict();

const ZHardBreak = z.object({ type: z.literal("hardBreak") }).strict();
const ZInline = z.discriminatedUnion("type", [ZTextNode, ZHardBreak]);
const ZInlineContent = z.array(ZInline).max(2000).optional();

export const ZParagraph = z.object({ type: z.literal("paragraph"), content: ZInlineContent }).strict();
/** 小标题: an in-body section heading. */
export const ZSubhead = z.object({ type: z.literal("subhead"), content: ZInlineContent }).strict();
/** 下转第N版: the end of the part printed on this page; the story continues on page `toPage`. */
export const ZJump = z.object({ type: z.literal("jump"), attrs: z.object({ toPage: z.number().int().min(1).max(999) }).strict() }).strict();
/** A photo with caption and credit; `mediaId` points at stored media once uploads exist. */
export const ZFigure = z
  .object({
    type: z.literal("figure"),
    attrs: z
      .object({
        mediaId: bodyString(64).nullable().default(null),
        alt: bodyString(500).nullable().default(null),
        caption: bodyString(2000).nullable().default(null),
        credit: bodyString(200).nullable().default(null),
      })
      .strict(),
  })
  .strict();

const ZListItem = z.object({ type: z.literal("listItem"), content: z.array(ZParagraph).min(1).max(50) }).strict();
const ZBulletList = z.object({ type: z.literal("bulletList"), content: z.array(ZListItem).min(1).max(500) }).strict();
const ZOrderedList = z
  .object({
    type: z.literal("orderedList"),
    attrs: z
      .object({ start: z.number().int().min(1).max(100_000).default(1) })
      .strict()
      .optional(),
    content: z.array(ZListItem).min(1).max(500),
  })
  .strict();
const ZBlockquote = z
  .object({
    type: z.literal("blockquote"),
    content: z
      .array(z.discriminatedUnion("type", [ZParagraph, ZSubhead]))
      .min(1)
      .max(200),
  })
  .strict();

export const ZBlockNode = z.discriminatedUnion("type", [ZParagraph, ZSubhead, ZJump, ZFigure, ZBulletList, ZOrderedList, ZBlockquote]);

export const ZStoryDocument = z
  .object({
    type: z.literal("doc"),
    content: z.array(ZBlockNode).max(5000),
  })
  .strict();

export type TStoryDocument = z.infer<typeof ZStoryDocument>;
export type TBlockNode = z.infer<typeof ZBlockNode>;
export type TTextNode = z.infer<typeof ZTextNode>;

export function textBlock(type: "paragraph" | "subhead", text: string): TBlockNode {
  return text ? { type, content: [{ type: "text", text }] } : { type };
}

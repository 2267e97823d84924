// Renders a stored story body on the server as React elements, node by node from our whitelist.
// No HTML string is ever injected: text goes through React's escaping, links are re-checked, and only
// the attributes named here are ever written (a link gets its checked href and our own rel; it opens in
// the same tab, so no target), whatever else an older stored document might carry.
import type { ReactNode } from "react";
import { type TBlockNode, type TStoryDocument, type TTextNode, ZLinkHref } from "./schema";

export interface TRenderBodyOptions {
  /** How a 下转第N版 marker shows; omit to hide jump markers (e.g. when the whole story is shown). */
  renderJump?: (toPage: number, index: number) => ReactNode;
  /** The stored photo of a figure (lib/media/figure-image.ts); a figure without one shows its caption only. */
  mediaUrl?: (mediaId: string) => TFigureImage | null;
  /** The mediaId of the first picture on the page: loaded at once, every other one lazily. */
  eagerMediaId?: string | null;
}

/** A photo's renditions as an <img> needs them: a JPEG srcset (and src) with a WebP one offered first. */
export interface TFigureImage {
  src: string;
  srcSet: string;
  webpSrcSet: string | null;
  width: number;
  height: number;
}

/** Story column width: the whole viewport on a phone, 46rem (≈736 px) beside nothing on a wide screen. */
export const FIGURE_SIZES = "(max-width: 46rem) 100vw, 46rem";

type TInline = NonNullable<Extract<TBlockNode, { type: "paragraph" }>["content"]>[number];

function renderText(node: TTextNode, key: number): ReactNode {
  let element: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") element = <strong>{element}</strong>;
    else if (mark.type === "italic") element = <em>{element}</em>;
    else if (mark.type === "link" && ZLinkHref.safeParse(mark.attrs.href).success) {
      element = (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {element}
        </a>
      );
    }
  }
  return <span key={key}>{element}</span>;
}

function renderInline(nodes: readonly TInline[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => (node.type === "text" ? renderText(node, index) : <br key={index} />));
}

function renderBlock(block: TBlockNode, key: number, options: TRenderBodyOptions): ReactNode {
  switch (block.type) {
    case "paragraph":
      return <p key={key}>{renderInline(block.content)}</p>;
    case "subhead":
      return (
        <h3 key={key} className="subhead">
          {renderInline(block.content)}
        </h3>
      );
    case "jump":
      return options.renderJump ? <div key={key}>{options.renderJump(block.attrs.toPage, key)}</div> : null;
    case "figure": {
      const image = block.attrs.mediaId ? (options.mediaUrl?.(block.attrs.mediaId) ?? null) : null;
      const eager = image !== null && block.attrs.mediaId === options.eagerMediaId;
      return (
        <figure key={key} className="figure">
          {image && (
            <picture>
              {image.webpSrcSet && <source type="image/webp" srcSet={image.webpSrcSet} sizes={FIGURE_SIZES} />}
              <img
                src={image.src}
                srcSet={image.srcSet}
                sizes={FIGURE_SIZES}
                width={image.width}
                height={image.height}
                alt={block.attrs.alt ?? block.attrs.caption ?? ""}
                loading={eager ? "eager" : "lazy"}
                decoding="async"
                {...(eager ? { fetchPriority: "high" as const } : {})}
              />
            </picture>
          )}
          {(block.attrs.caption || block.attrs.credit) && (
            <figcaption>
              {block.attrs.caption}
              {block.attrs.credit && <span className="credit"> {block.attrs.credit}</span>}
            </figcaption>
          )}
        </figure>
      );
    }
    case "bulletList":
    case "orderedList": {
      const items = block.content.map((item, index) => <li key={index}>{item.content.map((paragraph, inner) => renderBlock(paragraph, inner, options))}</li>);
      return block.type === "bulletList" ? (
        <ul key={key}>{items}</ul>
      ) : (
        <ol key={key} start={Number.isSafeInteger(block.attrs?.start) ? block.attrs?.start : 1}>
          {items}
        </ol>
      );
    }
    case "blockquote":
      return <blockquote key={key}>{block.content.map((inner, index) => renderBlock(inner, index, options))}</blockquote>;
    default:
      // A node the whitelist does not know (it cannot be stored today) is not shown rather than guessed at.
      return null;
  }
}

export function renderBlocks(blocks: readonly TBlockNode[], options: TRenderBodyOptions = {}): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, index, options));
}

export function renderBody(document: TStoryDocument, options: TRenderBodyOptions = {}): ReactNode[] {
  return renderBlocks(document.content, options);
}

/** The mediaId of the first figure with a picture, in reading order. */
export function firstMediaId(blocks: readonly TBlockNode[]): string | null {
  for (const block of blocks) if (block.type === "figure" && block.attrs.mediaId) return block.attrs.mediaId;
  return null;
}

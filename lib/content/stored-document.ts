// Reading a body that is already stored: documents saved before the whitelist became strict may carry
// attributes the editor used to add (a link's target, rel, class, title; a numbered list's type). They
// were never rendered; they are dropped on reading so that every stored story still opens, while new
// input keeps being refused with its path (lib/content/validate-document.ts).
import { z } from "zod";
import { ZStoryDocument } from "./schema";

/** The attributes each kind of node or mark still carries; others of these kinds are dropped. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = { link: ["href"], orderedList: ["start"], bulletList: [] };

function pick(attrs: unknown, keep: readonly string[]): Record<string, unknown> {
  if (!attrs || typeof attrs !== "object") return {};
  return Object.fromEntries(Object.entries(attrs).filter(([key, value]) => keep.includes(key) && value !== null));
}

function dropLegacyAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropLegacyAttributes);
  if (!value || typeof value !== "object") return value;
  const node = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, dropLegacyAttributes(child)])) as Record<string, unknown>;
  const keep = typeof node.type === "string" ? KEPT_ATTRIBUTES[node.type] : undefined;
  if (keep && "attrs" in node) {
    const attrs = pick(node.attrs, keep);
    if (Object.keys(attrs).length > 0) node.attrs = attrs;
    else delete node.attrs;
  }
  return node;
}

/** A stored body, as the reader, the editor and the history read it. */
export const ZStoredStoryDocument = z.preprocess(dropLegacyAttributes, ZStoryDocument);

// The editable part of a story as the editor sends it, and how it is written to the working draft:
// fields, bylines and 栏目 (found or created by name), placement kept in step with the body's jumps.
import "server-only";
import { z } from "zod";
import { FIELD_LIMITS } from "@/lib/content/field-limits";
import { ZArticleKind, ZBylineRole } from "@/lib/content/kinds";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import { isStorableText, STORABLE_MESSAGE, type TStoryDocument } from "@/lib/content/schema";
import { validateStoryDocument } from "@/lib/content/validate-document";
import type { TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { findOrCreateColumn, writeBylines } from "./contributors-and-columns";
import { type TWritePlacementOptions, writePlacement } from "./placement";

/** A line of text PostgreSQL can store (no NUL, no unpaired surrogate). */
const storableLine = () => z.string().refine(isStorableText, { message: STORABLE_MESSAGE });

const optionalLine = (max: number) =>
  storableLine()
    .max(max, { message: `不能超过 ${max} 个字符` })
    .nullable()
    .transform((value) => (value?.trim() ? value.trim() : null));

export const ZBylineInput = z.object({
  contributorId: z.number().int().positive().nullable().default(null),
  name: storableLine()
    .trim()
    .min(1, { message: "署名不能为空" })
    .max(FIELD_LIMITS.bylineName, { message: `署名不能超过 ${FIELD_LIMITS.bylineName} 个字符` }),
  role: ZBylineRole,
  affiliation: optionalLine(FIELD_LIMITS.affiliation).default(null),
});

export const ZArticleDraft = z.object({
  kind: ZArticleKind,
  columnName: optionalLine(FIELD_LIMITS.columnName).default(null),
  sectionId: z.number().int().positive().nullable().default(null),
  kicker: optionalLine(FIELD_LIMITS.kicker).default(null),
  headline: storableLine()
    .trim()
    .max(FIELD_LIMITS.headline, { message: `主题不能超过 ${FIELD_LIMITS.headline} 个字符` }),
  subheadline: optionalLine(FIELD_LIMITS.subheadline).default(null),
  dateline: optionalLine(FIELD_LIMITS.dateline).default(null),
  bylines: z.array(ZBylineInput).max(20).default([]),
  /** The page where the story starts; null for a web-only story. Continuation pages come from the body's jumps. */
  pageId: z.number().int().positive().nullable().default(null),
  body: z.unknown(),
});
export type TArticleDraftInput = z.input<typeof ZArticleDraft>;
export type TArticleDraft = z.output<typeof ZArticleDraft> & { body: TStoryDocument };

/** The body of a story that has just been started: one empty paragraph, valid for every later save and restore. */
export function newStoryBody(): TStoryDocument {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

export function parseArticleDraft(input: unknown): TArticleDraft {
  const draft = ZArticleDraft.parse(input);
  const body = validateStoryDocument(draft.body);
  return { ...draft, body };
}

/** Writes a validated draft over the working draft and bumps its version. */
export async function writeArticleDraft(
  tx: TTransaction,
  options: {
    articleId: number;
    draft: TArticleDraft;
    version: number;
    userId: string | null;
    placement?: Pick<TWritePlacementOptions, "createMissingPages" | "positions">;
  },
) {
  const { draft } = options;
  const { body } = draft;
  const plainText = documentPlainText(body);
  if (draft.sectionId !== null && !(await tx.section.findUnique({ where: { id: draft.sectionId } }))) {
    throw new AppError("INVALID_INPUT", `栏目分类 #${draft.sectionId} 不存在`);
  }
  await tx.article.update({
    where: { id: options.articleId },
    data: {
      kind: draft.kind,
      columnId: draft.columnName ? (await findOrCreateColumn(tx, draft.columnName)).id : null,
      sectionId: draft.sectionId,
      kicker: draft.kicker,
      headline: draft.headline,
      subheadline: draft.subheadline,
      dateline: draft.dateline,
      body: asJson(body),
      plainText,
      charCount: countCharacters(plainText),
      version: options.version,
      updatedById: options.userId,
    },
  });
  await writeBylines(tx, options.articleId, draft.bylines);
  await writePlacement(tx, { articleId: options.articleId, startPageId: draft.pageId, body, ...options.placement });
}

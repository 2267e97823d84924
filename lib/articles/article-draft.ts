// The editable part of a story as the editor sends it, and how it is written to the working draft:
// fields, bylines (creating contributors typed by name), placement kept in step with the body's jumps.
import "server-only";
import { z } from "zod";
import { jumpPages } from "@/lib/content/parts";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import type { TStoryDocument } from "@/lib/content/schema";
import { slugify } from "@/lib/content/slug";
import { validateStoryDocument } from "@/lib/content/validate-document";
import type { TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";

const optionalLine = (max: number) =>
  z
    .string()
    .max(max, { message: `不能超过 ${max} 个字符` })
    .nullable()
    .transform((value) => (value?.trim() ? value.trim() : null));

export const ZBylineInput = z.object({
  contributorId: z.number().int().positive().nullable().default(null),
  name: z.string().trim().min(1, { message: "署名不能为空" }).max(40),
  role: z.enum(["reporter", "photographer", "correspondent"]),
  affiliation: optionalLine(40).default(null),
});

export const ZArticleDraft = z.object({
  kind: z.enum(["news", "feature", "photo", "commentary"]),
  columnName: optionalLine(60).default(null),
  sectionId: z.number().int().positive().nullable().default(null),
  kicker: optionalLine(200).default(null),
  headline: z.string().trim().max(200, { message: "主题不能超过 200 个字符" }),
  subheadline: optionalLine(200).default(null),
  dateline: optionalLine(60).default(null),
  bylines: z.array(ZBylineInput).max(20).default([]),
  /** The page where the story starts; null for a web-only story. Continuation pages come from the body's jumps. */
  pageId: z.number().int().positive().nullable().default(null),
  body: z.unknown(),
});
export type TArticleDraftInput = z.input<typeof ZArticleDraft>;
export type TArticleDraft = z.output<typeof ZArticleDraft> & { body: TStoryDocument };

export function parseArticleDraft(input: unknown): TArticleDraft {
  const draft = ZArticleDraft.parse(input);
  const body = validateStoryDocument(draft.body);
  return { ...draft, body };
}

async function columnIdFor(tx: TTransaction, name: string | null): Promise<number | null> {
  if (!name) return null;
  const existing = await tx.column.findUnique({ where: { name } });
  if (existing) return existing.id;
  const base = slugify(name) || "column";
  let slug = base;
  for (let n = 2; await tx.column.findUnique({ where: { slug } }); n += 1) slug = `${base}-${n}`;
  return (await tx.column.create({ data: { name, slug } })).id;
}

async function writeBylines(tx: TTransaction, articleId: number, bylines: TArticleDraft["bylines"]) {
  await tx.byline.deleteMany({ where: { articleId } });
  for (const [position, byline] of bylines.entries()) {
    let contributorId = byline.contributorId;
    if (contributorId !== null) {
      const contributor = await tx.contributor.findUnique({ where: { id: contributorId } });
      if (!contributor) throw new AppError("INVALID_INPUT", `署名人 #${contributorId} 不存在`);
      if (contributor.name !== byline.name) contributorId = null;
    }
    if (contributorId === null) {
      const existing = await tx.contributor.findFirst({ where: { name: byline.name, affiliation: byline.affiliation }, orderBy: { id: "asc" } });
      contributorId = existing?.id ?? (await tx.contributor.create({ data: { name: byline.name, affiliation: byline.affiliation } })).id;
    }
    await tx.byline.create({ data: { articleId, contributorId, role: byline.role, affiliation: byline.affiliation, position } });
  }
}

/**
 * Rebuilds the placement rows from the start page and the body's jump nodes: part k runs on the page named
 * by the k-th jump, in the same issue. Parts keep their print position on pages they already had. A jump
 * to a page the issue does not have is kept in the body but gets no placement (publishing refuses it).
 */
async function writePlacement(tx: TTransaction, articleId: number, pageId: number | null, body: TStoryDocument) {
  const previous = await tx.articlePart.findMany({ where: { articleId } });
  const positionOnPage = new Map(previous.map((part) => [part.pageId, part.position]));
  await tx.jump.deleteMany({ where: { articleId } });
  await tx.articlePart.deleteMany({ where: { articleId } });
  const jumps = jumpPages(body);
  if (pageId === null) {
    if (jumps.length > 0) throw new AppError("INVALID_INPUT", "网络稿件没有版面，不能转版；请先选择见报版面或删除“下转”标记");
    return;
  }
  const start = await tx.page.findUnique({ where: { id: pageId } });
  if (!start) throw new AppError("INVALID_INPUT", `版面 #${pageId} 不存在`);
  const numbers = [start.number, ...jumps];
  if (new Set(numbers).size !== numbers.length) throw new AppError("INVALID_INPUT", "同一篇稿件不能两次转到同一版面");
  const pages = await tx.page.findMany({ where: { issueId: start.issueId, number: { in: numbers } } });
  let previousPartId: number | null = null;
  for (const [sequence, number] of numbers.entries()) {
    const page = pages.find((candidate) => candidate.number === number);
    if (!page) {
      previousPartId = null;
      continue;
    }
    let position = positionOnPage.get(page.id);
    if (position === undefined) {
      const last = await tx.articlePart.aggregate({ where: { pageId: page.id }, _max: { position: true } });
      position = (last._max.position ?? 0) + 1;
    }
    const part = await tx.articlePart.create({ data: { articleId, sequence, pageId: page.id, position } });
    if (previousPartId !== null) await tx.jump.create({ data: { articleId, fromPartId: previousPartId, toPartId: part.id } });
    previousPartId = part.id;
  }
}

/** Writes a validated draft over the working draft and bumps its version. */
export async function writeArticleDraft(tx: TTransaction, options: { articleId: number; draft: TArticleDraft; version: number; userId: string | null }) {
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
      columnId: await columnIdFor(tx, draft.columnName),
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
  await writePlacement(tx, options.articleId, draft.pageId, body);
}

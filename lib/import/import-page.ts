// Stores one parsed print page: issue and page (created if missing), its stories with bylines,
// placements and jumps, continuations attached to the story they continue — all in one transaction.
import "server-only";
import { z } from "zod";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import { recordRevision } from "@/lib/articles/record-revision";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TActor } from "@/lib/auth/actor";
import { joinParts, splitIntoParts } from "@/lib/content/parts";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import { type TBlockNode, type TStoryDocument, textBlock, ZStoryDocument } from "@/lib/content/schema";
import { slugify } from "@/lib/content/slug";
import { getDb, type TTransaction } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { issueDateToDb, ZIssueDate } from "@/lib/issues/issue-date";
import { ensureDefaultPublication } from "@/lib/publications/default-publication";
import { notifyReaderChange } from "@/lib/reader/notify-reader-change";
import { issuePagesPaths, readerPaths } from "@/lib/reader/urls";
import type { TParsedArticle, TParsedPage } from "./types";

export const ZImportPageInput = z.object({
  issueDate: ZIssueDate,
  pageNumber: z.number().int().min(1, { message: "版号必须从 1 开始" }).max(999),
  pageName: z.string().trim().min(1).max(50).nullable().default(null),
  issueNumber: z.number().int().min(1).nullable().default(null),
  /** Store the stories as published (a printed page) instead of drafts. */
  publish: z.boolean().default(false),
  /** Release the issue to readers. */
  release: z.boolean().default(false),
  /** Replace stories imported earlier on this page, if nobody has edited them. */
  replace: z.boolean().default(false),
});
export type TImportPageInput = z.input<typeof ZImportPageInput>;

export interface TImportedArticle {
  id: number;
  headline: string;
  kind: TParsedArticle["kind"];
  status: "draft" | "published";
  /** "created" for a story that starts on this page, "continued" for a part attached to an earlier story. */
  outcome: "created" | "continued";
  jumpToPage: number | null;
  jumpFromPage: number | null;
}

export interface TImportPageResult {
  issueId: number;
  pageId: number;
  issueDate: string;
  page: { number: number; name: string | null };
  articles: TImportedArticle[];
  replacedArticleIds: number[];
  warnings: string[];
}

function bodyFromBlocks(article: TParsedArticle): TBlockNode[] {
  return article.blocks.map((block) => textBlock(block.type, block.text));
}

function buildDocument(blocks: TBlockNode[], jumpToPage: number | null): TStoryDocument {
  return ZStoryDocument.parse({
    type: "doc",
    content: jumpToPage === null ? blocks : [...blocks, { type: "jump", attrs: { toPage: jumpToPage } }],
  });
}

/** Headlines compared as printed words: spacing and punctuation differ between page 1 and the jump page. */
function headlineKey(headline: string): string {
  return headline.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

async function findOrCreatePage(tx: TTransaction, issueId: number, number: number) {
  return tx.page.upsert({
    where: { issueId_number: { issueId, number } },
    update: {},
    create: { issueId, number },
  });
}

async function nextPositionOnPage(tx: TTransaction, pageId: number): Promise<number> {
  const last = await tx.articlePart.aggregate({ where: { pageId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

async function findOrCreateContributor(tx: TTransaction, name: string, affiliation: string | null) {
  const existing = await tx.contributor.findFirst({ where: { name, affiliation }, orderBy: { id: "asc" } });
  return existing ?? tx.contributor.create({ data: { name, affiliation } });
}

async function findOrCreateColumn(tx: TTransaction, name: string) {
  const existing = await tx.column.findUnique({ where: { name } });
  if (existing) return existing;
  const base = slugify(name) || "column";
  let slug = base;
  for (let n = 2; await tx.column.findUnique({ where: { slug } }); n += 1) slug = `${base}-${n}`;
  return tx.column.create({ data: { name, slug } });
}

/** Creates the part on the page a story jumps to (that page is created, unnamed, if it does not exist yet). */
async function addJumpTarget(tx: TTransaction, options: { articleId: number; issueId: number; fromPartId: number; sequence: number; toPage: number }) {
  const target = await findOrCreatePage(tx, options.issueId, options.toPage);
  const part = await tx.articlePart.create({
    data: { articleId: options.articleId, sequence: options.sequence, pageId: target.id, position: await nextPositionOnPage(tx, target.id) },
  });
  await tx.jump.create({ data: { articleId: options.articleId, fromPartId: options.fromPartId, toPartId: part.id } });
  return part;
}

interface TExistingImport {
  startingArticleIds: number[];
  /** Articles from other pages whose part on this page already holds imported text. */
  continuedArticleIds: number[];
  edited: Array<{ id: number; headline: string; why: string }>;
}

async function findExistingImport(tx: TTransaction, pageId: number): Promise<TExistingImport> {
  const parts = await tx.articlePart.findMany({
    where: { pageId, article: { origin: "import" } },
    include: { article: { include: { parts: { orderBy: { sequence: "asc" } } } } },
  });
  const result: TExistingImport = { startingArticleIds: [], continuedArticleIds: [], edited: [] };
  for (const part of parts) {
    const { article } = part;
    const edited = article.version !== article.importedVersion;
    const bodyParts = splitIntoParts(ZStoryDocument.parse(article.body));
    if (part.sequence === 0) {
      result.startingArticleIds.push(article.id);
      if (edited) result.edited.push({ id: article.id, headline: article.headline, why: "edited in the newsroom" });
      // Replacing the story would also drop continuation text imported from its other pages.
      const continuedElsewhere = article.parts.some((other) => other.sequence > 0 && (bodyParts[other.sequence]?.blocks.length ?? 0) > 0);
      if (!edited && continuedElsewhere) {
        result.edited.push({ id: article.id, headline: article.headline, why: "its continuation on another page was imported" });
      }
    } else if ((bodyParts[part.sequence]?.blocks.length ?? 0) > 0) {
      result.continuedArticleIds.push(article.id);
      if (edited) result.edited.push({ id: article.id, headline: article.headline, why: "edited in the newsroom" });
    }
  }
  return result;
}

async function createStory(
  tx: TTransaction,
  options: { parsed: TParsedArticle; publicationId: number; issueId: number; pageId: number; position: number; actor: TActor },
): Promise<number> {
  const { parsed } = options;
  const body = buildDocument(bodyFromBlocks(parsed), parsed.jumpToPage);
  const column = parsed.column ? await findOrCreateColumn(tx, parsed.column) : null;
  const plainText = documentPlainText(body);
  const article = await tx.article.create({
    data: {
      publicationId: options.publicationId,
      kind: parsed.kind,
      origin: "import",
      columnId: column?.id ?? null,
      kicker: parsed.kicker,
      headline: parsed.headline,
      subheadline: parsed.subheadline,
      dateline: parsed.dateline,
      body: asJson(body),
      plainText,
      charCount: countCharacters(plainText),
      version: 1,
      importedVersion: 1,
    },
  });
  for (const [position, byline] of parsed.bylines.entries()) {
    const contributor = await findOrCreateContributor(tx, byline.name, byline.affiliation);
    await tx.byline.create({
      data: { articleId: article.id, contributorId: contributor.id, role: byline.role, affiliation: byline.affiliation, position },
    });
  }
  const part = await tx.articlePart.create({
    data: { articleId: article.id, sequence: 0, pageId: options.pageId, position: options.position },
  });
  if (parsed.jumpToPage !== null) {
    await addJumpTarget(tx, { articleId: article.id, issueId: options.issueId, fromPartId: part.id, sequence: 1, toPage: parsed.jumpToPage });
  }
  await recordRevision(tx, { articleId: article.id, actor: options.actor, reason: "import" });
  return article.id;
}

/** Finds the story that a 上接第N版 part continues: same issue, runs on page N and jumps to this page. */
async function findContinuedStory(tx: TTransaction, options: { parsed: TParsedArticle; issueId: number; pageId: number; pageNumber: number }) {
  const fromPage = options.parsed.jumpFromPage;
  const candidates = await tx.article.findMany({
    where: {
      AND: [
        { parts: { some: { page: { issueId: options.issueId, number: fromPage ?? -1 } } } },
        { parts: { some: { pageId: options.pageId, sequence: { gt: 0 } } } },
      ],
    },
    include: { parts: { orderBy: { sequence: "asc" } } },
  });
  const key = headlineKey(options.parsed.headline);
  const exact = candidates.filter((candidate) => key !== "" && headlineKey(candidate.headline) === key);
  const partial = candidates.filter((candidate) => {
    const other = headlineKey(candidate.headline);
    return key !== "" && other !== "" && (other.includes(key) || key.includes(other));
  });
  const matches = exact.length > 0 ? exact : partial.length > 0 ? partial : key === "" && candidates.length === 1 ? candidates : [];
  if (matches.length !== 1) {
    const listed = candidates.map((candidate) => `#${candidate.id} ${candidate.headline}`).join("; ") || "none";
    throw new AppError(
      "CONTINUATION_NOT_MATCHED",
      `The story continued from page ${fromPage} (上接第${fromPage}版) "${options.parsed.headline}" matches ${matches.length} stories on page ${fromPage} that jump to page ${options.pageNumber} (candidates: ${listed}). Import page ${fromPage} first, or check the headline.`,
    );
  }
  return matches[0] as (typeof candidates)[number];
}

async function attachContinuation(
  tx: TTransaction,
  options: { parsed: TParsedArticle; issueId: number; pageId: number; pageNumber: number; position: number; actor: TActor; warnings: string[] },
): Promise<number> {
  const story = await findContinuedStory(tx, options);
  const part = story.parts.find((candidate) => candidate.pageId === options.pageId);
  if (!part) throw new Error("continuation part vanished");
  const bodyParts = splitIntoParts(ZStoryDocument.parse(story.body));
  while (bodyParts.length <= part.sequence) bodyParts.push({ blocks: [], jumpToPage: null });
  const target = bodyParts[part.sequence];
  if (!target) throw new Error("continuation part out of range");
  target.blocks = bodyFromBlocks(options.parsed);

  const jumpOn = options.parsed.jumpToPage;
  if (jumpOn !== null) {
    if (part.sequence === bodyParts.length - 1) {
      target.jumpToPage = jumpOn;
      bodyParts.push({ blocks: [], jumpToPage: null });
      await addJumpTarget(tx, { articleId: story.id, issueId: options.issueId, fromPartId: part.id, sequence: part.sequence + 1, toPage: jumpOn });
    } else if (target.jumpToPage !== jumpOn) {
      options.warnings.push(
        `"${story.headline}" continues on page ${jumpOn} here, but the story already continues on page ${target.jumpToPage}; kept page ${target.jumpToPage}.`,
      );
    }
  }
  const body = joinParts(bodyParts);
  const plainText = documentPlainText(body);
  const version = story.version + 1;
  await tx.article.update({
    where: { id: story.id },
    data: {
      body: asJson(body),
      plainText,
      charCount: countCharacters(plainText),
      version,
      // An import that continues an untouched imported story keeps it replaceable.
      importedVersion: story.importedVersion === story.version ? version : story.importedVersion,
    },
  });
  await tx.articlePart.update({ where: { id: part.id }, data: { position: options.position } });
  await recordRevision(tx, { articleId: story.id, actor: options.actor, reason: "import-continuation" });
  return story.id;
}

/** Imports one parsed page. Throws AppError (and writes nothing) when the page cannot be stored as asked. */
export async function importPage(parsedPage: TParsedPage, input: TImportPageInput, actor: TActor): Promise<TImportPageResult> {
  const options = ZImportPageInput.parse(input);
  if (parsedPage.articles.length === 0) throw new AppError("INVALID_INPUT", "The page has no recognisable story.");
  const warnings = [...parsedPage.warnings];

  return getDb().$transaction(
    async (tx) => {
      const publication = await ensureDefaultPublication(tx);
      const date = issueDateToDb(options.issueDate);
      let issue = await tx.issue.upsert({
        where: { publicationId_date: { publicationId: publication.id, date } },
        update: {},
        create: { publicationId: publication.id, date, number: options.issueNumber },
      });
      if (options.issueNumber !== null && issue.number !== options.issueNumber) {
        if (issue.number !== null) {
          throw new AppError("CONFLICT", `The issue of ${options.issueDate} already has number ${issue.number}, not ${options.issueNumber}.`);
        }
        issue = await tx.issue.update({ where: { id: issue.id }, data: { number: options.issueNumber } });
      }

      let page = await findOrCreatePage(tx, issue.id, options.pageNumber);
      if (options.pageName !== null && page.name !== options.pageName) {
        if (page.name !== null) {
          throw new AppError("CONFLICT", `Page ${options.pageNumber} of ${options.issueDate} is already named ${page.name}, not ${options.pageName}.`);
        }
        page = await tx.page.update({ where: { id: page.id }, data: { name: options.pageName } });
      }

      const existing = await findExistingImport(tx, page.id);
      const alreadyImported = existing.startingArticleIds.length + existing.continuedArticleIds.length > 0;
      if (alreadyImported && !options.replace) {
        throw new AppError(
          "PAGE_ALREADY_IMPORTED",
          `Page ${options.pageNumber} of ${options.issueDate} already has imported stories; use --replace to replace them.`,
        );
      }
      if (alreadyImported && existing.edited.length > 0) {
        throw new AppError(
          "IMPORTED_STORIES_EDITED",
          `Not replacing page ${options.pageNumber} of ${options.issueDate}: ${existing.edited
            .map((story) => `#${story.id} ${story.headline || "(untitled)"} (${story.why})`)
            .join("; ")}.`,
          { details: existing.edited },
        );
      }
      if (existing.startingArticleIds.length > 0) {
        await tx.article.deleteMany({ where: { id: { in: existing.startingArticleIds } } });
      }

      const articles: TImportedArticle[] = [];
      for (const [index, parsed] of parsedPage.articles.entries()) {
        const position = index + 1;
        const continued = parsed.jumpFromPage !== null;
        const id = continued
          ? await attachContinuation(tx, { parsed, issueId: issue.id, pageId: page.id, pageNumber: page.number, position, actor, warnings })
          : await createStory(tx, { parsed, publicationId: publication.id, issueId: issue.id, pageId: page.id, position, actor });
        const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { status: true, liveSnapshotId: true, headline: true } });
        // A continuation republishes only a story that is already live: printing page 4 does not publish page 1.
        const publishNow = options.publish && (!continued || current.liveSnapshotId !== null);
        if (publishNow) await publishArticleInTransaction(tx, actor, { articleId: id });
        articles.push({
          id,
          headline: current.headline,
          kind: parsed.kind,
          status: publishNow ? "published" : current.status,
          outcome: continued ? "continued" : "created",
          jumpToPage: parsed.jumpToPage,
          jumpFromPage: parsed.jumpFromPage,
        });
      }

      if (options.release && issue.releasedAt === null) {
        issue = await tx.issue.update({ where: { id: issue.id }, data: { releasedAt: new Date() } });
        const pages = await tx.page.findMany({ where: { issueId: issue.id }, select: { id: true, number: true } });
        await notifyReaderChange(tx, {
          issueIds: [issue.id],
          pageIds: pages.map((released) => released.id),
          // A release also changes the archive calendar.
          paths: [
            readerPaths.archive(),
            readerPaths.month(options.issueDate.slice(0, 7)),
            ...issuePagesPaths(
              options.issueDate,
              pages.map((released) => released.number),
            ),
          ],
        });
      }

      await recordAuditEvent(tx, actor, {
        action: "page.imported",
        entityType: "page",
        entityId: String(page.id),
        payload: {
          issueDate: options.issueDate,
          pageNumber: page.number,
          createdArticleIds: articles.filter((article) => article.outcome === "created").map((article) => article.id),
          continuedArticleIds: articles.filter((article) => article.outcome === "continued").map((article) => article.id),
          replacedArticleIds: existing.startingArticleIds,
          published: options.publish,
          released: options.release,
        },
      });

      return {
        issueId: issue.id,
        pageId: page.id,
        issueDate: options.issueDate,
        page: { number: page.number, name: page.name },
        articles,
        replacedArticleIds: existing.startingArticleIds,
        warnings,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

// One-off conversion of stories stored before the importer set full-width punctuation (，；：？！（）)
// next to Chinese text: each changed story gets a new working-draft version and one revision; a story
// that readers see, unchanged since it was published, is republished at exactly that new version.
import "server-only";
import { z } from "zod";
import { parseArticleDraft, writeArticleDraft } from "@/lib/articles/article-draft";
import { getEditableArticle } from "@/lib/articles/get-editable-article";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import { recordRevision } from "@/lib/articles/record-revision";
import { type TActor, ZActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { getDb } from "@/lib/db/client";
import { toFullWidthPunctuation } from "./parse/punctuation";
import { claimNextVersion } from "./store/store-story";

export const ZFixPunctuationInput = z.object({
  /** Only report what would change. */
  dryRun: z.boolean().default(false),
});
export type TFixPunctuationInput = z.input<typeof ZFixPunctuationInput>;

export interface TFixPunctuationResult {
  checked: number;
  /** Stories whose working draft was converted (or would be, in a dry run). */
  changed: Array<{ id: number; headline: string; republished: boolean }>;
}

/** Converts every text node of a TipTap body; attributes (jump pages, image ids) are never touched. */
function convertNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNode);
  if (node === null || typeof node !== "object") return node;
  const entries = Object.entries(node as Record<string, unknown>).map(([key, value]) => {
    if (key === "text" && typeof value === "string" && (node as { type?: unknown }).type === "text") return [key, toFullWidthPunctuation(value)];
    if (key === "attrs") return [key, value];
    return [key, convertNode(value)];
  });
  return Object.fromEntries(entries);
}

const convertLine = (text: string | null) => (text === null ? null : toFullWidthPunctuation(text));

async function fixOne(actor: TActor, articleId: number, dryRun: boolean): Promise<{ headline: string; republished: boolean } | null> {
  return getDb().$transaction(
    async (tx) => {
      await authorizeActor(tx, actor, ["ADMIN"]);
      const article = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { version: true, importedVersion: true, headline: true, liveSnapshot: { select: { version: true } } },
      });
      const { draft } = await getEditableArticle(articleId, tx);
      const converted = {
        ...draft,
        kicker: convertLine(draft.kicker),
        headline: toFullWidthPunctuation(draft.headline),
        subheadline: convertLine(draft.subheadline),
        dateline: convertLine(draft.dateline),
        body: convertNode(draft.body),
      };
      if (JSON.stringify(converted) === JSON.stringify(draft)) return null;
      // Live and unchanged since publishing: readers get the converted text as a new published version.
      const republish = article.liveSnapshot !== null && article.liveSnapshot.version === article.version;
      if (dryRun) return { headline: article.headline, republished: republish };

      const version = await claimNextVersion(tx, { id: articleId, version: article.version, headline: article.headline });
      await writeArticleDraft(tx, { articleId, draft: parseArticleDraft(converted), version, userId: null });
      // A story still as the importer left it stays replaceable by a re-import: the importer writes this text now too.
      if (article.importedVersion === article.version) await tx.article.update({ where: { id: articleId }, data: { importedVersion: version } });
      await recordRevision(tx, { articleId, actor, reason: "punctuation" });
      if (republish) await publishArticleInTransaction(tx, actor, { articleId, baseVersion: version });
      return { headline: toFullWidthPunctuation(article.headline), republished: republish };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Converts every story, one transaction per story, so a story edited in the newsroom meanwhile is
 * refused on its own (claimNextVersion) and the run can simply be repeated: converted text converts
 * to itself, so a second run changes nothing.
 */
export async function fixPunctuation(actor: TActor, input: TFixPunctuationInput = {}): Promise<TFixPunctuationResult> {
  const { dryRun } = ZFixPunctuationInput.parse(input);
  const who = ZActor.parse(actor);
  const ids = await getDb().article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const changed: TFixPunctuationResult["changed"] = [];
  for (const { id } of ids) {
    const outcome = await fixOne(who, id, dryRun);
    if (outcome) changed.push({ id, ...outcome });
  }
  return { checked: ids.length, changed };
}

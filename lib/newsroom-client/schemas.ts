// What the newsroom's HTTP routes answer, checked in the browser before anything is trusted. Client-safe:
// the server's types are imported as types only, and the checks at the bottom keep both sides in step.
import { z } from "zod";
import type { TEditableArticle } from "@/lib/articles/get-editable-article";
import type { getLiveVersion } from "@/lib/articles/get-live-version";
import type { touchPresence } from "@/lib/articles/presence";
import type { publishArticle } from "@/lib/articles/publish-article";
import { EDITORIAL_STATUSES } from "@/lib/articles/status";
import { ZArticleContent } from "@/lib/content/article-content";
import { ZArticleKind, ZBylineRole } from "@/lib/content/kinds";
import { ZStoryDocument } from "@/lib/content/schema";

export { ZArticleKind, ZBylineRole };

export const ZEditableDraft = z.object({
  kind: ZArticleKind,
  columnName: z.string().nullable(),
  sectionId: z.number().int().nullable(),
  kicker: z.string().nullable(),
  headline: z.string(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  bylines: z.array(
    z.object({
      contributorId: z.number().int().nullable(),
      name: z.string(),
      role: ZBylineRole,
      affiliation: z.string().nullable(),
    }),
  ),
  pageId: z.number().int().nullable(),
  body: ZStoryDocument,
});

/** The working draft as the editor needs it (GET, save and restore answer with it; a conflict carries the winner's). */
export const ZEditableArticle = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(EDITORIAL_STATUSES),
  draft: ZEditableDraft,
  placement: z.object({ issueDate: z.string(), pageNumber: z.number().int(), pageName: z.string().nullable() }).nullable(),
  missingJumpPages: z.array(z.number().int()),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  firstPublishedAt: z.string().nullable(),
});
export type TEditableArticleResponse = z.infer<typeof ZEditableArticle>;
export type TEditableDraft = TEditableArticleResponse["draft"];

/** Every refusal: a stable code and a message for the person (zh-CN). */
export const ZErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** A save or restore refused because someone saved first: their version comes along; a save that could be
 * merged but for blocks both changed also carries the version it started from (`base`) and those blocks. */
export const ZConflictBody = ZErrorBody.extend({ current: ZEditableArticle, base: ZEditableDraft.optional() });

export const ZCreatedArticle = z.object({ id: z.number().int() });
export type TCreatedArticle = z.infer<typeof ZCreatedArticle>;

export const ZPublishResult = z.object({ articleId: z.number().int(), snapshotId: z.number().int(), version: z.number().int() });
export type TPublishResult = z.infer<typeof ZPublishResult>;

export const ZUnpublishResult = z.object({ articleId: z.number().int() });
export type TUnpublishResult = z.infer<typeof ZUnpublishResult>;

/** Who else has the story open, and its current version (newer than the editor's: someone else saved). */
export const ZPresenceResult = z.object({
  others: z.array(z.object({ userId: z.string(), name: z.string(), lastSeenAt: z.string() })),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
});
export type TPresenceResult = z.infer<typeof ZPresenceResult>;

const ZPublishedVersion = z.object({ version: z.number().int(), publishedAt: z.string(), content: ZArticleContent });
/** The version readers see now; for a withdrawn story (no live version), the one they saw last. */
export const ZLiveVersion = z.object({ live: ZPublishedVersion.nullable(), withdrawn: ZPublishedVersion.nullable() });
export type TLiveVersion = z.infer<typeof ZLiveVersion>;

// Compile-time: the parsed shapes and the server's return types must be the same, field for field.
// A change on either side without the other fails `tsc` here.
/** Exact equality (an extra optional field on one side also counts), after flattening intersections. */
type TFlat<T> = T extends readonly (infer E)[] ? TFlat<E>[] : T extends object ? { [K in keyof T]: TFlat<T[K]> } : T;
type TSame<A, B> = (<T>() => T extends TFlat<A> ? 1 : 2) extends <T>() => T extends TFlat<B> ? 1 : 2 ? true : false;
type TInStep<T extends true> = T;
export type TSchemasInStep = [
  TInStep<TSame<TEditableArticleResponse, TEditableArticle>>,
  TInStep<TSame<TPublishResult, Awaited<ReturnType<typeof publishArticle>>>>,
  TInStep<TSame<TPresenceResult, Awaited<ReturnType<typeof touchPresence>>>>,
  TInStep<TSame<TLiveVersion, Awaited<ReturnType<typeof getLiveVersion>>>>,
];

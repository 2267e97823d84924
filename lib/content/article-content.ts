// The full, self-contained content of one version of a story: what a revision records and what a
// published snapshot shows readers (names as they were, so later renames do not rewrite history).
import { z } from "zod";
import { ZArticleKind, ZBylineRole } from "./kinds";
import { ZStoredStoryDocument } from "./stored-document";

const ZNamed = z.object({ id: z.number().int(), name: z.string(), slug: z.string() });

export const ZArticleContent = z.object({
  kind: ZArticleKind,
  column: ZNamed.nullable(),
  section: ZNamed.nullable(),
  kicker: z.string().nullable(),
  headline: z.string(),
  subheadline: z.string().nullable(),
  dateline: z.string().nullable(),
  bylines: z.array(
    z.object({
      contributorId: z.number().int(),
      name: z.string(),
      role: ZBylineRole,
      affiliation: z.string().nullable(),
    }),
  ),
  body: ZStoredStoryDocument,
  charCount: z.number().int(),
  /** Null for a web-only story. */
  placement: z
    .object({
      issueId: z.number().int(),
      issueDate: z.string(),
      parts: z.array(
        z.object({
          sequence: z.number().int(),
          pageId: z.number().int(),
          pageNumber: z.number().int(),
          pageName: z.string().nullable(),
          position: z.number().int(),
        }),
      ),
    })
    .nullable(),
});
export type TArticleContent = z.infer<typeof ZArticleContent>;

/** A stored byline as content and drafts carry it: the person's name as it is now, role and affiliation as printed. */
export function bylineOf(byline: {
  contributorId: number;
  role: TArticleContent["bylines"][number]["role"];
  affiliation: string | null;
  contributor: { name: string };
}) {
  return { contributorId: byline.contributorId, name: byline.contributor.name, role: byline.role, affiliation: byline.affiliation };
}

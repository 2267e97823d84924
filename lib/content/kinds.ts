// The kinds of story (体裁) and byline roles: the one list every schema, form and label reads.
import { z } from "zod";

export const ARTICLE_KINDS = ["news", "feature", "photo", "commentary"] as const;
export const ZArticleKind = z.enum(ARTICLE_KINDS);
export type TArticleKind = z.infer<typeof ZArticleKind>;

export const BYLINE_ROLES = ["reporter", "photographer", "correspondent"] as const;
export const ZBylineRole = z.enum(BYLINE_ROLES);
export type TBylineRole = z.infer<typeof ZBylineRole>;

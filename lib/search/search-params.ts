// What a reader may ask /search for, checked with zod: the query (1–100 characters after trimming), sort,
// date range, section, 栏目, byline and page. Anything malformed in a filter is dropped, never a 500.
import { z } from "zod";
import { ZIssueDate } from "@/lib/issues/issue-date";

export const SEARCH_QUERY_MAX = 100;
export const SEARCH_PAGE_SIZE = 10;
/** Results beyond this are not paged through (a reader refines the query instead). */
export const SEARCH_RESULT_CAP = 500;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) =>
  z.preprocess(
    one,
    z
      .string()
      .trim()
      .max(max)
      .transform((value) => value || undefined)
      .optional()
      .catch(undefined),
  );

export const ZSearchFilters = z.object({
  sort: z.preprocess(one, z.enum(["relevance", "date"]).default("relevance").catch("relevance")),
  from: z.preprocess(one, ZIssueDate.optional().catch(undefined)),
  to: z.preprocess(one, ZIssueDate.optional().catch(undefined)),
  section: optionalText(80),
  column: optionalText(80),
  byline: optionalText(40),
  page: z.preprocess(
    one,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(SEARCH_RESULT_CAP / SEARCH_PAGE_SIZE)
      .default(1)
      .catch(1),
  ),
});
export type TSearchFilters = z.output<typeof ZSearchFilters>;

export const ZSearchQuery = z.preprocess(
  (value) => (typeof one(value) === "string" ? one(value) : ""),
  z
    .string()
    .transform((value) => value.replace(/\s+/gu, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { message: "请输入要搜索的词语，例如人名、地名或标题中的词。" })
        .max(SEARCH_QUERY_MAX, { message: `搜索词不能超过 ${SEARCH_QUERY_MAX} 个字，请缩短后再试。` }),
    ),
);

export type TSearchRequest = { ok: true; query: string; filters: TSearchFilters } | { ok: false; message: string; query: string; filters: TSearchFilters };

/** Reads the URL's search parameters; a query the reader must fix comes back with a zh-CN message. */
export function parseSearchRequest(params: Record<string, string | string[] | undefined>): TSearchRequest {
  const filters = ZSearchFilters.parse(params);
  const raw = one(params.q);
  const shown = typeof raw === "string" ? raw.slice(0, SEARCH_QUERY_MAX * 2) : "";
  const query = ZSearchQuery.safeParse(params.q);
  if (!query.success) return { ok: false, message: query.error.issues[0]?.message ?? "搜索词无效", query: shown, filters };
  return { ok: true, query: query.data, filters };
}

// /search?q=…: readers' full-text search over the published archive (lib/search). Rendered on every
// request and never stored: Next sends `private, no-store` for it, so neither the micro-cache nor a browser
// keeps one reader's results, and no session is ever read here.
import type { Metadata } from "next";
import { ReaderPage } from "@/components/reader/reader-page";
import { listSearchFilterChoices } from "@/lib/search/list-search-filter-choices";
import { searchArticles } from "@/lib/search/search-articles";
import { parseSearchRequest, type TSearchFilters } from "@/lib/search/search-params";
import { SearchForm } from "./search-form";
import { SearchResultsView } from "./search-results";

export const dynamic = "force-dynamic";

type TSearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(props: { searchParams: Promise<TSearchParams> }): Promise<Metadata> {
  const request = parseSearchRequest(await props.searchParams);
  return { title: request.ok ? `搜索：${request.query}` : "搜索", robots: { index: false, follow: true } };
}

function searchHref(query: string, filters: TSearchFilters, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  for (const key of ["from", "to", "section", "column", "byline"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

export default async function SearchPage(props: { searchParams: Promise<TSearchParams> }) {
  const request = parseSearchRequest(await props.searchParams);
  const [choices, results] = await Promise.all([
    listSearchFilterChoices(),
    request.ok ? searchArticles(request.query, request.filters) : Promise.resolve(undefined),
  ]);
  return (
    <ReaderPage>
      <h1 className="page-title">{request.ok ? `搜索“${request.query}”` : "搜索报道"}</h1>
      <SearchForm query={request.query} filters={request.filters} choices={choices} />
      {!request.ok ? (
        <p className="search-message" role="status">
          {request.message}
        </p>
      ) : results === null ? (
        <p className="search-message" role="status">
          搜索词里没有可以查找的文字（汉字、字母或数字），请换个词语再试。
        </p>
      ) : results ? (
        <SearchResultsView results={results} pageHref={(page) => searchHref(request.query, request.filters, page)} />
      ) : null}
    </ReaderPage>
  );
}

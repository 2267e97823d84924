// The full search form of /search: query, sort and filters; a plain GET form, so it works without JavaScript.

import type { TSearchFilterChoices } from "@/lib/search/list-search-filter-choices";
import type { TSearchFilters } from "@/lib/search/search-params";
import { SEARCH_QUERY_MAX } from "@/lib/search/search-params";

export function SearchForm({ query, filters, choices }: { query: string; filters: TSearchFilters; choices: TSearchFilterChoices }) {
  return (
    <search aria-label="搜索与筛选">
      <form className="search-form" action="/search" method="get">
        <p className="search-main">
          <label htmlFor="search-q">搜索词</label>
          <input id="search-q" type="search" name="q" defaultValue={query} maxLength={SEARCH_QUERY_MAX} />
          <button type="submit">搜索</button>
        </p>
        <fieldset className="search-filters">
          <legend>筛选与排序</legend>
          <label>
            排序
            <select name="sort" defaultValue={filters.sort}>
              <option value="relevance">按相关度</option>
              <option value="date">按日期（新的在前）</option>
            </select>
          </label>
          <label>
            起始日期
            <input type="date" name="from" defaultValue={filters.from ?? ""} />
          </label>
          <label>
            截止日期
            <input type="date" name="to" defaultValue={filters.to ?? ""} />
          </label>
          <label>
            版面分类
            <select name="section" defaultValue={filters.section ?? ""}>
              <option value="">全部</option>
              {choices.sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            栏目
            <select name="column" defaultValue={filters.column ?? ""}>
              <option value="">全部</option>
              {choices.columns.map((column) => (
                <option key={column.slug} value={column.slug}>
                  {column.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            署名
            <input type="text" name="byline" defaultValue={filters.byline ?? ""} maxLength={40} placeholder="作者姓名" />
          </label>
        </fieldset>
      </form>
    </search>
  );
}

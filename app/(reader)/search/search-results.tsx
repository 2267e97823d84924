// One page of search results: headline parts and snippet with the matches marked (text nodes and <mark>,
// never HTML strings), issue date and page, bylines; then links to the other pages.
import { Fragment } from "react";
import { formatBylines } from "@/lib/content/format-byline";
import { formatChineseDate } from "@/lib/reader-change/urls";
import { highlightParts, snippetParts, type TTextPart } from "@/lib/search/highlight";
import type { TSearchHit, TSearchResults } from "@/lib/search/search-articles";

function Marked({ parts }: { parts: TTextPart[] }) {
  return parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>));
}

function whereLine(hit: TSearchHit): string {
  const placement = hit.content.placement;
  if (!placement) return `${formatChineseDate(hit.date)} 网络版`;
  return `${formatChineseDate(placement.issueDate)} 第${placement.parts[0]?.pageNumber ?? 1}版`;
}

function Hit({ hit, terms }: { hit: TSearchHit; terms: string[] }) {
  const { content } = hit;
  const headline = content.headline.trim() || "图片新闻";
  return (
    <li>
      {content.kicker && (
        <p className="result-kicker">
          <Marked parts={highlightParts(content.kicker, terms)} />
        </p>
      )}
      <h2>
        <a href={hit.href}>
          <Marked parts={highlightParts(headline, terms)} />
        </a>
      </h2>
      {content.subheadline && (
        <p className="result-subheadline">
          <Marked parts={highlightParts(content.subheadline, terms)} />
        </p>
      )}
      <p className="list-meta">
        {whereLine(hit)}
        {content.column ? ` · ${content.column.name}` : ""}
        {content.bylines.length > 0 && (
          <>
            {" · "}
            <Marked parts={highlightParts(formatBylines(content.bylines), terms)} />
          </>
        )}
      </p>
      <p className="excerpt">
        <Marked parts={snippetParts(hit.plainText, terms)} />
      </p>
    </li>
  );
}

export function SearchResultsView({ results, pageHref }: { results: TSearchResults; pageHref: (page: number) => string }) {
  if (results.total === 0) {
    return <p className="search-message">没有找到相关报道。请换个词语或减少筛选条件再试。</p>;
  }
  return (
    <>
      {results.broadenedTo && (
        <p className="search-message" role="status">
          没有找到完全一致的内容，以下是同时包含“{results.terms.join("”“")}”的报道。
        </p>
      )}
      <p className="list-count">
        {results.capped ? `找到超过 ${results.total} 篇报道` : results.exact ? `共找到 ${results.total} 篇报道` : `找到约 ${results.total} 篇报道`}
        {results.pageCount > 1 ? `，第 ${results.page}/${results.pageCount} 页` : ""}
      </p>
      <ol className="story-list search-results">
        {results.hits.map((hit) => (
          <Hit key={hit.articleId} hit={hit} terms={results.terms} />
        ))}
      </ol>
      {results.pageCount > 1 && (
        <nav className="prev-next" aria-label="分页">
          {results.page > 1 ? <a href={pageHref(results.page - 1)}>上一页</a> : <span />}
          {results.page < results.pageCount ? <a href={pageHref(results.page + 1)}>下一页</a> : <span />}
        </nav>
      )}
    </>
  );
}

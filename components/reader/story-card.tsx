// One story as a page lists it: headline parts, byline and the lead of the part printed on this page,
// with 下转/上接 jump links to the page that carries the rest (only where that page has its text).
import type { TArticleContent } from "@/lib/content/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import { renderBlocks } from "@/lib/content/render-body";
import type { TBlockNode } from "@/lib/content/schema";
import { partHasText } from "@/lib/reader/part-has-text";
import { readerPaths } from "@/lib/reader-change/urls";
import { BylineLine } from "./byline-line";
import { HeadlineBlock } from "./headline-block";

/** The page number each part of the story is printed on, by sequence. */
function partPages(content: TArticleContent): Map<number, number> {
  return new Map((content.placement?.parts ?? []).map((part) => [part.sequence, part.pageNumber]));
}

/** The lead: the first paragraph of the part, and any photo in it (with caption and credit). */
function leadBlocks(blocks: readonly TBlockNode[]): TBlockNode[] {
  const firstParagraph = blocks.find((block) => block.type === "paragraph");
  return blocks.filter((block) => block === firstParagraph || block.type === "figure");
}

export function StoryCard({ content, articleId, sequence, href }: { content: TArticleContent; articleId: number; sequence: number; href: string }) {
  const parts = splitIntoParts(content.body);
  const part = parts[sequence] ?? { blocks: [], jumpToPage: null };
  const pages = partPages(content);
  const issueDate = content.placement?.issueDate ?? null;
  const untitledPhoto = content.kind === "photo" && content.headline.trim() === "";
  const fromPage = sequence > 0 ? pages.get(sequence - 1) : undefined;
  const jumpHref = (pageNumber: number) => (issueDate ? `${readerPaths.page(issueDate, pageNumber)}#article-${articleId}` : href);
  const lead = leadBlocks(part.blocks);
  const byline = <BylineLine bylines={content.bylines} href={(id) => readerPaths.byline(id)} />;

  return (
    <article className={`story-card kind-${content.kind}`} id={`article-${articleId}`} aria-label={untitledPhoto ? "图片新闻" : undefined}>
      <HeadlineBlock content={content} level="h2" headlineHref={href} columnHref={content.column ? readerPaths.column(content.column.slug) : null} />
      {fromPage !== undefined && (
        <p className="jump jump-from">
          <a href={jumpHref(fromPage)}>（上接第{fromPage}版）</a>
        </p>
      )}
      {!untitledPhoto && sequence === 0 && byline}
      {sequence === 0 && content.dateline && <p className="dateline">{content.dateline}</p>}
      {lead.length > 0 ? (
        <div className="lead">{renderBlocks(lead)}</div>
      ) : (
        sequence > 0 && <p className="notice">本文在本版的续文尚未录入。{fromPage !== undefined && <a href={href}>阅读已刊出的部分</a>}</p>
      )}
      {untitledPhoto && byline}
      {part.jumpToPage !== null && partHasText(parts[sequence + 1]) && (
        <p className="jump jump-to">
          <a href={jumpHref(part.jumpToPage)}>（下转第{part.jumpToPage}版）</a>
        </p>
      )}
      {!untitledPhoto && (
        <p className="more">
          <a href={href}>
            阅读全文<span className="visually-hidden">：{content.headline}</span>
          </a>
        </p>
      )}
    </article>
  );
}

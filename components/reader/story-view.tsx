// The whole story in one piece, as the reader's story page shows it: headline parts, bylines, dateline,
// issue date and pages, and the body of every part with its 下转/上接 jump marked where print breaks it.
// A jump is marked only around text that exists: a continuation never entered gets one quiet line instead. A server component without data access: the newsroom preview renders a working draft
// (loadArticleContent) through it exactly as readers will see it once published.
import type { TArticleContent } from "@/lib/content/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import { firstMediaId, renderBlocks, type TFigureImage } from "@/lib/content/render-body";
import type { TBlockNode } from "@/lib/content/schema";
import { partHasText } from "@/lib/reader/part-has-text";
import { formatChineseDate, pageLabel } from "@/lib/reader-change/urls";
import { BylineLine } from "./byline-line";
import { HeadlineBlock } from "./headline-block";

/** Where the story's links lead. Omit one (or return null) to print the text without a link, e.g. in a preview. */
export interface TStoryViewLinks {
  /** A page of the story's issue (jumps, "第01版"). */
  page?: (pageNumber: number) => string | null;
  column?: (slug: string) => string | null;
  byline?: (contributorId: number) => string | null;
  issue?: (date: string) => string | null;
}

export interface TStoryViewProps {
  content: TArticleContent;
  links?: TStoryViewLinks;
  /** The DOM id prefix of part anchors (part-2 …), where 上接/下转 inside the story point to. */
  idPrefix?: string;
  /** When readers could first read it, and when the version shown updated it (omitted in a preview). */
  dates?: { published: Date; modified: Date };
  /** The stored photos of the story's figures by mediaId (lib/reader/get-story-images.ts); none: captions only. */
  images?: ReadonlyMap<string, TFigureImage>;
}

/** The 电头 (本报讯…) runs into the first paragraph in bold, as in print; alone when no paragraph opens the story. */
function runInDateline(dateline: string, blocks: readonly TBlockNode[]): TBlockNode[] {
  const [first, ...rest] = blocks;
  const separator = /[）)】」]$/.test(dateline) ? "" : "\u3000";
  const leadIn = { type: "text" as const, text: `${dateline}${separator}`, marks: [{ type: "bold" as const }] };
  if (first?.type === "paragraph") return [{ ...first, content: [leadIn, ...(first.content ?? [])] }, ...rest];
  return [{ type: "paragraph", content: [{ ...leadIn, text: dateline }] }, ...blocks];
}

const readerTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function StoryView({ content, links = {}, idPrefix = "part", dates, images }: TStoryViewProps) {
  const parts = splitIntoParts(content.body);
  // The first picture is above the fold: loaded at once; the others lazily as the reader scrolls.
  const figureOptions = { mediaUrl: (mediaId: string) => images?.get(mediaId) ?? null, eagerMediaId: firstMediaId(content.body.content) };
  const pageOf = new Map((content.placement?.parts ?? []).map((part) => [part.sequence, part]));
  const issueDate = content.placement?.issueDate ?? null;
  const pageLink = (pageNumber: number, text: string) => {
    const href = links.page?.(pageNumber) ?? null;
    return href ? <a href={href}>{text}</a> : text;
  };
  const untitledPhoto = content.kind === "photo" && content.headline.trim() === "";
  return (
    <article className={`story kind-${content.kind}`}>
      <HeadlineBlock content={content} level="h1" columnHref={content.column ? (links.column?.(content.column.slug) ?? null) : null} />
      {!untitledPhoto && <BylineLine bylines={content.bylines} href={links.byline} />}
      {issueDate && (
        <p className="story-meta">
          {links.issue?.(issueDate) ? <a href={links.issue(issueDate) ?? undefined}>{formatChineseDate(issueDate)}</a> : formatChineseDate(issueDate)}
          {(content.placement?.parts ?? [])
            .filter((part) => partHasText(parts[part.sequence]))
            .map((part) => (
              <span key={part.sequence}> {pageLink(part.pageNumber, `${pageLabel(part.pageNumber)}${part.pageName ? ` ${part.pageName}` : ""}`)}</span>
            ))}
        </p>
      )}
      {dates && (
        <p className="story-dates">
          <time dateTime={dates.published.toISOString()}>{readerTime.format(dates.published)}</time>
          {dates.modified.getTime() !== dates.published.getTime() && (
            <>
              {" · 更新于 "}
              <time dateTime={dates.modified.toISOString()}>{readerTime.format(dates.modified)}</time>
            </>
          )}
        </p>
      )}
      <div className="story-body">
        {parts.map((part, sequence) => {
          const here = pageOf.get(sequence);
          const previous = pageOf.get(sequence - 1);
          const hasText = partHasText(part);
          const nextHasText = partHasText(parts[sequence + 1]);
          if (!hasText && sequence > 0) {
            // Print carries this part on another page, but its text was never entered: one quiet line.
            return (
              <p key={sequence} className="notice quiet">
                本文在{here ? `第${here.pageNumber}版` : "续版"}的续文尚未录入，暂时只能阅读以上部分。
              </p>
            );
          }
          const leadIn = sequence === 0 && content.dateline ? content.dateline : null;
          const blocks = leadIn ? runInDateline(leadIn, part.blocks) : part.blocks;
          return (
            <section
              key={sequence}
              id={sequence > 0 ? `${idPrefix}-${sequence + 1}` : undefined}
              className="story-part"
              aria-label={sequence > 0 && here ? `${pageLabel(here.pageNumber)}续文` : undefined}
            >
              {sequence > 0 && previous && <p className="jump jump-from">{pageLink(previous.pageNumber, `（上接第${previous.pageNumber}版）`)}</p>}
              {renderBlocks(blocks, figureOptions)}
              {part.jumpToPage !== null && nextHasText && <p className="jump jump-to">{pageLink(part.jumpToPage, `（下转第${part.jumpToPage}版）`)}</p>}
            </section>
          );
        })}
      </div>
      {untitledPhoto && <BylineLine bylines={content.bylines} href={links.byline} />}
    </article>
  );
}

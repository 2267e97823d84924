// One story on a page listing: the headline block as printed, byline and lead paragraph.
import type { TArticleContent } from "@/lib/articles/article-content";
import { splitIntoParts } from "@/lib/content/parts";
import { documentPlainText } from "@/lib/content/plain-text";

export function FrontPageStory({ content, bylineText }: { content: TArticleContent; bylineText: string }) {
  const [firstPart] = splitIntoParts(content.body);
  const lead = firstPart ? documentPlainText({ type: "doc", content: firstPart.blocks.filter((block) => block.type === "paragraph").slice(0, 1) }) : "";
  const untitledPhoto = content.kind === "photo" && content.headline === "";
  return (
    <article className="story">
      {content.column && <p className="column">{content.column.name}</p>}
      {content.kicker && <p className="kicker">{content.kicker}</p>}
      {untitledPhoto ? null : <h2>{content.headline}</h2>}
      {content.subheadline && <p className="subheadline">{content.subheadline}</p>}
      {!untitledPhoto && bylineText && <p className="byline">{bylineText}</p>}
      {lead && (
        <p className="lead">
          {content.dateline && <strong>{content.dateline} </strong>}
          {lead}
        </p>
      )}
      {untitledPhoto && bylineText && <p className="byline">{bylineText}</p>}
      {firstPart?.jumpToPage ? <p className="jump">（下转第{firstPart.jumpToPage}版）</p> : null}
    </article>
  );
}

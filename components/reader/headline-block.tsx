// The headline parts as printed: 栏目 banner, 引题 above, 主题, 副题 below.
import type { TArticleContent } from "@/lib/content/article-content";

export function HeadlineBlock({
  content,
  level,
  headlineHref,
  columnHref,
}: {
  content: TArticleContent;
  level: "h1" | "h2";
  headlineHref?: string;
  columnHref?: string | null;
}) {
  const Heading = level;
  const untitled = content.headline.trim() === "";
  return (
    <header className="headline-block">
      {content.column && <p className="column">{columnHref ? <a href={columnHref}>{content.column.name}</a> : content.column.name}</p>}
      {content.kicker && <p className="kicker">{content.kicker}</p>}
      {untitled ? (
        // An untitled news photo: the page still needs a heading when the story is the page's subject.
        level === "h1" ? (
          <h1 className="headline untitled">图片新闻</h1>
        ) : null
      ) : (
        <Heading className="headline">{headlineHref ? <a href={headlineHref}>{content.headline}</a> : content.headline}</Heading>
      )}
      {content.subheadline && <p className="subheadline">{content.subheadline}</p>}
    </header>
  );
}

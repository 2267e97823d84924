// A paginated list of stories (栏目, section, byline), newest first.

import { todayInNewsroom } from "@/lib/issues/issue-date";
import type { TStoryList } from "@/lib/reader/get-story-list";
import { formatChineseDate, pageLabel } from "@/lib/reader-change/urls";

export function StoryListView({ title, list, pageHref }: { title: string; list: TStoryList; pageHref: (page: number) => string }) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="list-count">
        共 {list.total} 篇{list.pageCount > 1 ? `，第 ${list.page}/${list.pageCount} 页` : ""}
      </p>
      <ol className="story-list">
        {list.stories.map((story) => (
          <li key={story.articleId}>
            <h2>
              <a href={story.href}>{story.content.headline.trim() || "图片新闻"}</a>
            </h2>
            <p className="list-meta">
              {story.content.placement ? (
                <>
                  <time dateTime={story.content.placement.issueDate}>{formatChineseDate(story.content.placement.issueDate)}</time>{" "}
                  {pageLabel(story.content.placement.parts[0]?.pageNumber ?? 1)}
                </>
              ) : (
                // A web-only story: the day readers could first read it.
                <time dateTime={story.datePublished.toISOString()}>{formatChineseDate(todayInNewsroom(story.datePublished))} 网络版</time>
              )}
            </p>
            {story.excerpt && <p className="excerpt">{story.excerpt}</p>}
          </li>
        ))}
      </ol>
      {list.pageCount > 1 && (
        <nav className="prev-next" aria-label="分页">
          {list.page > 1 ? <a href={pageHref(list.page - 1)}>上一页</a> : <span />}
          {list.page < list.pageCount ? <a href={pageHref(list.page + 1)}>下一页</a> : <span />}
        </nav>
      )}
    </>
  );
}
